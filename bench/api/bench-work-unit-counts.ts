/**
 * What one /metrics scrape pays for `bulwark_work_units`: the GROUP BY of countUnitsByStatus
 * over a queue of N work units (99% done, 1% pending, a few leased), on SQLite and, when
 * reachable, PostgreSQL (BULWARK_BENCH_DATABASE_URL, default the local `test` database, in a
 * throw-away schema). Prints the median of 21 reads per size.
 *
 *   npx tsx bench/api/bench-work-unit-counts.ts [sizes, default 100000,1000000]
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { createSqlStorage } from '../../src/storage/sql/create-sql-storage.js';
import { openSqlDatabase } from '../../src/storage/sql/open-sql-database.js';
import type { SqlDatabase } from '../../src/storage/sql/sql-database.js';

const sizes = (process.argv[2] ?? '100000,1000000').split(',').map(Number);
const pgUrl = process.env['BULWARK_BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const RUNS = 21;

async function fill(database: SqlDatabase, n: number): Promise<void> {
  // Generated inside the database: the bench measures the read, not the load.
  const series = database.dialect === 'postgres'
    ? sql`SELECT i FROM generate_series(1, ${n}) AS g(i)`
    : sql`WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < ${n}) SELECT i FROM g`;
  await sql`INSERT INTO work_units (id, task_id, resource_seq, task_type, state, attempts, enqueued_at)
    SELECT 'u' || i, 't' || (i / 10), i % 10, 'iac_scan',
      CASE WHEN i % 100 = 0 THEN 'pending' WHEN i % 1000 = 1 THEN 'leased' ELSE 'done' END, 1, i
    FROM (${series}) AS s`.execute(database.db);
  if (database.dialect === 'postgres') await sql`ANALYZE work_units`.execute(database.db);
}

async function measure(label: string, open: () => Promise<{ database: SqlDatabase; dispose(): Promise<void> }>): Promise<void> {
  for (const n of sizes) {
    const { database, dispose } = await open();
    try {
      await fill(database, n);
      const queue = createSqlStorage(database).queue;
      const times: number[] = [];
      let counts: Record<string, number> = {};
      for (let i = 0; i < RUNS; i++) {
        const t0 = process.hrtime.bigint();
        counts = await queue.countUnitsByStatus!();
        times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
      times.sort((a, b) => a - b);
      console.log(`${label.padEnd(10)} ${String(n).padStart(9)} units: median ${times[Math.floor(RUNS / 2)]!.toFixed(2)} ms, max ${times[RUNS - 1]!.toFixed(2)} ms  ${JSON.stringify(counts)}`);
    } finally {
      await dispose();
    }
  }
}

await measure('SQLite', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bulwark-bench-units-'));
  const database = await openSqlDatabase({ dataDir, databaseUrl: undefined, sqliteBusyTimeoutMs: 5_000, postgresPoolSize: 1 });
  return { database, async dispose() { await database.close(); rmSync(dataDir, { recursive: true, force: true }); } };
});

const probe = new pg.Client({ connectionString: pgUrl });
const reachable = await probe.connect().then(() => true, (err: unknown) => {
  console.log(`PostgreSQL skipped: ${pgUrl} is unreachable (${err instanceof Error ? err.message : String(err)})`);
  return false;
});
if (reachable) {
  await measure('PostgreSQL', async () => {
    const schema = `bw_bench_${randomBytes(6).toString('hex')}`;
    const database = await openSqlDatabase({ dataDir: '.', databaseUrl: pgUrl, sqliteBusyTimeoutMs: 5_000, postgresPoolSize: 2 }, { postgresSchema: schema });
    return { database, async dispose() { await database.close(); await probe.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`); } };
  });
  await probe.end();
}
