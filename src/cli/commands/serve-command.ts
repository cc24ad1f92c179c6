import type { Command } from 'commander';
import { pino } from 'pino';
import { composeService, type BulwarkService } from '../../compose.js';
import { CONFIG_SETTINGS } from '../../config/config-settings.js';
import { loadConfig } from '../../config/load-config.js';
import { BulwarkError } from '../../domain/errors.js';
import type { BootstrapResult } from '../../iam/bootstrap-identity.js';
import { BULWARK_VERSION } from '../version.js';
import type { RegisterCommand } from './register-command.js';

/** Adds one option per declared setting; values stay undefined unless given, so env and defaults apply. */
export function addConfigOptions(command: Command): Command {
  for (const def of Object.values(CONFIG_SETTINGS)) {
    command.option(`${def.flag} <value>`, `${def.doc} (env ${def.env})`);
  }
  return command;
}

/**
 * `bulwark serve`: the HTTP API plus in-process workers over one database. Exit codes:
 * 0 after a graceful SIGTERM/SIGINT shutdown, 1 bad configuration or start-up failure.
 */
export const registerServeCommand: RegisterCommand = (program, setExitCode) => {
  addConfigOptions(program.command('serve').description('Run the HSS v5 API server (and in-process workers unless --workers 0)'))
    .action(async (flags: Record<string, unknown>) => {
      setExitCode(await runService('serve', flags));
    });
};

/** Shared by `serve` and `worker`: start, wait for SIGTERM/SIGINT, stop gracefully. */
export async function runService(mode: 'serve' | 'worker', flags: Record<string, unknown>): Promise<number> {
  let service: BulwarkService;
  let logger: pino.Logger;
  try {
    const config = loadConfig({ env: process.env, flags });
    // Logs go to stderr so stdout stays free for tools; one JSON object per line.
    logger = pino({ level: config.logLevel, base: { service: 'bulwark', mode } }, pino.destination({ fd: 2, sync: true }));
    service = await composeService({ config, env: process.env, logger, version: BULWARK_VERSION, mode });
  } catch (err) {
    process.stderr.write(`bulwark ${mode}: ${describe(err)}\n`);
    return 1;
  }
  const stopped = new Promise<void>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      logger.info({ signal }, 'shutting down');
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      void service.stop().then(resolve, resolve);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
  try {
    const { url } = await service.start();
    logger.info({ url }, mode === 'serve' ? 'listening' : 'workers running');
    if (mode === 'serve' && url !== undefined) printHowToAuthenticate(url, service.bootstrap);
    else process.stderr.write(`Bulwark ${BULWARK_VERSION} worker running\n`);
  } catch (err) {
    process.stderr.write(`bulwark ${mode}: ${describe(err)}\n`);
    await service.stop();
    return 1;
  }
  await stopped;
  logger.info('stopped');
  return 0;
}

function printHowToAuthenticate(url: string, bootstrap: BootstrapResult | undefined): void {
  const lines = [`Bulwark ${BULWARK_VERSION} listening on ${url} (API reference: ${url}/docs)`];
  if (bootstrap !== undefined) {
    lines.push(
      `Bootstrapped project ${bootstrap.projectId}, admin user ${bootstrap.domainName}/${bootstrap.userName}, access key ${bootstrap.accessKey}`,
      ...(bootstrap.generatedSecretKey === undefined ? [] : [`  secret key (shown once): ${bootstrap.generatedSecretKey}`]),
      ...(bootstrap.generatedPassword === undefined ? [] : [`  password (shown once): ${bootstrap.generatedPassword}`]),
    );
  }
  lines.push(
    'Authenticate with AK/SK (SDK-HMAC-SHA256, e.g. the Huawei Cloud SDK with this endpoint) or get a token:',
    `  curl -si ${url}/v3/auth/tokens -H 'Content-Type: application/json' -d '{"auth":{"identity":{"methods":["password"],` +
      `"password":{"user":{"name":"<user>","password":"<password>","domain":{"name":"<domain>"}}}},"scope":{"project":{"id":"<project_id>"}}}}'`,
    '  then send the X-Subject-Token response header back as X-Auth-Token.',
  );
  process.stderr.write(`${lines.join('\n')}\n`);
}

function describe(err: unknown): string {
  if (err instanceof BulwarkError) return err.message;
  return err instanceof Error ? err.message : String(err);
}
