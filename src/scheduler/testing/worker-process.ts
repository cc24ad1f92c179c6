/**
 * A worker process for the crash test: runs a WorkerPool over the SQLite database in
 * BULWARK_DATA_DIR with the real IaC executor slowed by UNIT_DELAY_MS per unit, until
 * SIGTERM (graceful) or SIGKILL (the crash under test).
 */
import { createSqlStorage } from '../../storage/sql/create-sql-storage.js';
import { openSqlDatabase } from '../../storage/sql/open-sql-database.js';
import { createIacUnitExecutor } from '../../tasks/iac-unit-executor.js';
import type { WorkUnitExecutor } from '../../tasks/work-unit-executor.js';
import { WorkerPool } from '../worker-pool.js';

const dataDir = process.env['BULWARK_DATA_DIR'];
if (dataDir === undefined) throw new Error('BULWARK_DATA_DIR is required');
const delayMs = Number(process.env['UNIT_DELAY_MS'] ?? '100');
const concurrency = Number(process.env['WORKER_CONCURRENCY'] ?? '2');

const storage = createSqlStorage(await openSqlDatabase({ dataDir, databaseUrl: undefined, sqliteBusyTimeoutMs: 10_000, postgresPoolSize: 1 }));
const iac = createIacUnitExecutor();
const slow: WorkUnitExecutor = {
  async execute(input, context) {
    await new Promise((r) => setTimeout(r, delayMs));
    return iac.execute(input, context);
  },
};
const pool = new WorkerPool({
  storage, executor: slow, concurrency, leaseMs: 1_500, heartbeatMs: 300, pollIntervalMs: 50, sweepIntervalMs: 200, stopGraceMs: 5_000,
  nodeId: `crash-test-${process.pid}`,
  logger: { info: () => undefined, warn: () => undefined, error: (o, m) => console.error(m, o) },
});
pool.start();
process.stdout.write('started\n');
process.on('SIGTERM', () => {
  void pool.stop().then(() => storage.close()).then(() => process.exit(0));
});
