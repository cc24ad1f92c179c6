/**
 * The server under test for bench-api.ts: the real composition root (src/compose.ts)
 * over the database named by the environment, no workers, silent logs. Prints its URL.
 */
import { pino } from 'pino';
import { composeService } from '../../src/compose.js';
import { loadConfig } from '../../src/config/load-config.js';

const env = { ...process.env, BULWARK_PORT: '0', BULWARK_WORKERS: '0', BULWARK_LOG_LEVEL: 'silent' };
const config = loadConfig({ env });
const service = await composeService({ config, env, logger: pino({ level: 'silent' }), version: 'bench', mode: 'serve' });
const { url } = await service.start();
process.stdout.write(`${JSON.stringify({ url })}\n`);
process.on('SIGTERM', () => {
  void service.stop().then(() => process.exit(0));
});
