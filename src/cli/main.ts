import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index.js';
import { BULWARK_VERSION } from './version.js';

/**
 * Entry point of the `bulwark` binary. Returns the process exit code. Commands set their
 * own codes (documented in their help); usage errors exit 2.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('bulwark')
    .description('Container-security scanning: Dockerfiles, Kubernetes manifests and live clusters, behind the HSS v5 task API')
    .version(BULWARK_VERSION)
    .exitOverride()
    .showHelpAfterError();
  let exitCode = 0;
  const setExitCode = (code: number) => { exitCode = code; };
  for (const register of COMMANDS) register(program, setExitCode);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    // Every other failure (bad option value, unreadable path, unreachable database) is one clear line.
    process.stderr.write(`bulwark: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  return exitCode;
}
