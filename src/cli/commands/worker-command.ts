import { addConfigOptions, runService } from './serve-command.js';
import type { RegisterCommand } from './register-command.js';

/**
 * `bulwark worker`: workers only, no HTTP server (multi-node PostgreSQL deployments).
 * Exit codes as `serve`: 0 after a graceful SIGTERM/SIGINT shutdown, 1 start-up failure.
 */
export const registerWorkerCommand: RegisterCommand = (program, setExitCode) => {
  addConfigOptions(program.command('worker').description('Run scan workers only (no HTTP server); needs a shared database'))
    .action(async (flags: Record<string, unknown>) => {
      setExitCode(await runService('worker', flags));
    });
};
