/**
 * ListTasks under load: bulk-loads N tasks (default 1,000,000) into SQLite (and
 * PostgreSQL when reachable), starts the real server in a child process, and drives
 * ListTasks with autocannon per filter case. Prints requests/s, p50 and p99 per case.
 *
 *   npm run bench:api -- [--tasks N] [--duration S] [--warmup S] [--connections C] [--rounds R] [--only TEXT] [--fresh] [--no-postgres]
 *
 * Each case: one request alone (prints total_num, drains any backlog), `--warmup` seconds
 * of unmeasured load, then `--duration` seconds measured, `--rounds` times (the machine is
 * shared and noisy: the figures printed are the medians over the rounds). `--only` keeps
 * the cases whose name contains TEXT. Loaded data sets are reused
 * from the temp directory unless --fresh.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import pg from 'pg';
import { createSqlStorage } from '../../src/storage/sql/create-sql-storage.js';
import { openSqlDatabase } from '../../src/storage/sql/open-sql-database.js';
import { BENCH_PROJECT, BENCH_SPAN_MS, BENCH_START, generateTasks } from './generate-tasks.js';

const args = process.argv.slice(2);
const arg = (name: string, def: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const TASKS = arg('tasks', 1_000_000);
const DURATION = arg('duration', 5);
const CONNECTIONS = arg('connections', 10);
const FRESH = args.includes('--fresh');
const WARMUP = arg('warmup', 1);
const ROUNDS = Math.max(1, arg('rounds', 1));
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const PG_BASE = process.env['BULWARK_TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const PASSWORD = 'Bench-Passw0rd!';

interface Backend {
  readonly name: string;
  readonly env: Record<string, string>;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
}

async function load(b: Backend): Promise<void> {
  const marker = join(b.dataDir, `loaded-${TASKS}`);
  if (!FRESH && existsSync(marker)) {
    console.log(`[${b.name}] reusing ${TASKS.toLocaleString()} tasks loaded earlier (${b.dataDir}; --fresh reloads)`);
    return;
  }
  const database = await openSqlDatabase({ dataDir: b.dataDir, databaseUrl: b.databaseUrl, sqliteBusyTimeoutMs: 5_000, postgresPoolSize: 4 });
  const storage = createSqlStorage(database);
  const started = performance.now();
  let done = 0;
  for (const batch of generateTasks(TASKS, 5_000)) {
    await storage.tasks.createTasks(batch);
    done += batch.length;
    if (done % 200_000 === 0) console.log(`[${b.name}] loaded ${done.toLocaleString()} tasks`);
  }
  const loadS = (performance.now() - started) / 1000;
  await sql`ANALYZE`.execute(database.db);
  console.log(`[${b.name}] bulk load: ${TASKS.toLocaleString()} tasks in ${loadS.toFixed(1)} s (${Math.round(TASKS / loadS).toLocaleString()} tasks/s), ANALYZE done`);
  await storage.close();
  writeFileSync(marker, new Date().toISOString());
}

async function startServer(b: Backend): Promise<{ url: string; stop: () => Promise<void> }> {
  const script = fileURLToPath(new URL('./bench-server.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, ...b.env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    child.stdout.on('data', (d: Buffer) => {
      const m = /\{"url":"([^"]+)"\}/.exec(d.toString());
      if (m) resolve(m[1]!);
    });
  });
  return {
    url,
    stop: () => new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

async function token(url: string): Promise<string> {
  const res = await fetch(`${url}/v3/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ auth: { identity: { methods: ['password'], password: { user: { name: 'admin', password: PASSWORD, domain: { name: 'default' } } } }, scope: { project: { id: BENCH_PROJECT } } } }),
  });
  const t = res.headers.get('x-subject-token');
  if (t === null) throw new Error(`token request failed: ${res.status} ${await res.text()}`);
  return t;
}

interface Case { readonly name: string; readonly query: string; readonly body: object }

async function list(url: string, headers: Record<string, string>, query: string, body: object): Promise<{ total_num?: number; data_list?: { task_id: string }[] }> {
  const res = await fetch(`${url}/v5/${BENCH_PROJECT}/common/tasks/batch-query?${query}`, { method: 'POST', headers, body: JSON.stringify(body) });
  return (await res.json()) as { total_num?: number; data_list?: { task_id: string }[] };
}

async function cases(url: string, headers: Record<string, string>): Promise<Case[]> {
  const some = await list(url, headers, `offset=${Math.floor(TASKS / 3)}&limit=10`, { task_type: 'iac_scan' });
  const taskId = some.data_list?.[0]?.task_id ?? 'missing';
  const week = { start_create_time: BENCH_START + BENCH_SPAN_MS / 2, end_create_time: BENCH_START + BENCH_SPAN_MS / 2 + 7 * 86_400_000 };
  const iac = { task_type: 'iac_scan' };
  return [
    { name: 'no filter', query: 'limit=10', body: iac },
    { name: 'task_id', query: 'limit=10', body: { ...iac, task_id: taskId } },
    { name: 'task_name (fuzzy)', query: 'limit=10', body: { ...iac, task_name: 'Orion' } },
    { name: 'task_name (2 chars)', query: 'limit=10', body: { ...iac, task_name: 'n-' } },
    { name: 'time range (1 week)', query: 'limit=10', body: { ...iac, ...week } },
    { name: 'trigger_type', query: 'limit=10', body: { ...iac, trigger_type: 'schedule' } },
    { name: 'task_status', query: 'limit=10', body: { ...iac, task_status: 'running' } },
    { name: 'file_type', query: 'limit=10', body: { ...iac, iac_scan_info: { file_type: 'dockerfile' } } },
    { name: 'scan_type_list', query: 'limit=10', body: { task_type: 'cluster_scan', cluster_scan_info: { scan_type_list: ['risk_assessment'] } } },
    { name: 'sort asc', query: 'limit=10', body: { ...iac, sort_dir: 'asc' } },
    { name: 'combined', query: 'limit=10', body: { ...iac, task_name: 'orion', trigger_type: 'manual', task_status: 'finished', start_create_time: BENCH_START, end_create_time: BENCH_START + BENCH_SPAN_MS / 2 } },
    { name: 'all_granted_eps', query: 'limit=10&enterprise_project_id=all_granted_eps', body: iac },
    { name: 'offset 100,000', query: 'offset=100000&limit=10', body: iac },
    { name: 'offset 100,000 + status', query: 'offset=100000&limit=10', body: { ...iac, task_status: 'finished' } },
    // The first case runs on a freshly started server; repeating it shows the warm figure.
    { name: 'no filter (again)', query: 'limit=10', body: iac },
  ];
}

async function measure(b: Backend): Promise<void> {
  const server = await startServer(b);
  try {
    const headers = { 'content-type': 'application/json', 'x-auth-token': await token(server.url) };
    const all = (await cases(server.url, headers)).filter((c) => ONLY === undefined || c.name.includes(ONLY));
    console.log(`\n[${b.name}] ListTasks over ${TASKS.toLocaleString()} tasks, ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s measured per case${ROUNDS > 1 ? `, median of ${ROUNDS} rounds` : ''}`);
    console.log('case                         total_num   req/s     p50 ms  p99 ms  non-2xx');
    for (const c of all) {
      // One request alone first: it also waits out any backlog the previous case left.
      const check = await list(server.url, headers, c.query, c.body);
      const target = {
        url: `${server.url}/v5/${BENCH_PROJECT}/common/tasks/batch-query?${c.query}`,
        method: 'POST', headers, body: JSON.stringify(c.body), connections: CONNECTIONS,
      };
      await autocannon({ ...target, duration: WARMUP });
      const rounds: { rps: number; p50: number; p99: number; bad: number }[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        await list(server.url, headers, c.query, c.body);
        const r = await autocannon({ ...target, duration: DURATION });
        rounds.push({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, bad: r.non2xx + r.errors });
      }
      const med = (pick: (x: (typeof rounds)[number]) => number) => median(rounds.map(pick));
      const bad = rounds.reduce((sum, r) => sum + r.bad, 0);
      console.log(`${c.name.padEnd(28)} ${String(check.total_num ?? '?').padStart(9)} ${med((r) => r.rps).toFixed(0).padStart(7)} ${String(med((r) => r.p50)).padStart(9)} ${String(med((r) => r.p99)).padStart(7)} ${String(bad).padStart(8)}`);
    }
  } finally {
    await server.stop();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function postgresBackend(): Promise<Backend | undefined> {
  if (args.includes('--no-postgres')) return undefined;
  const dbName = `bulwark_bench_${TASKS}`;
  const admin = new pg.Client({ connectionString: PG_BASE, connectionTimeoutMillis: 3_000 });
  try {
    await admin.connect();
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
    if (FRESH && exists.rowCount === 1) await admin.query(`DROP DATABASE "${dbName}"`);
    if (FRESH || exists.rowCount !== 1) await admin.query(`CREATE DATABASE "${dbName}"`);
  } catch (err) {
    console.log(`[postgres] skipped: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  } finally {
    await admin.end().catch(() => undefined);
  }
  const url = new URL(PG_BASE);
  url.pathname = `/${dbName}`;
  const dataDir = join(tmpdir(), `bulwark-bench-postgres-${TASKS}`);
  if (FRESH) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  return { name: 'postgres', dataDir, databaseUrl: url.toString(), env: { BULWARK_DATA_DIR: dataDir, BULWARK_DATABASE_URL: url.toString(), BULWARK_PROJECT_ID: BENCH_PROJECT, BULWARK_ADMIN_PASSWORD: PASSWORD } };
}

const sqliteDir = join(tmpdir(), `bulwark-bench-sqlite-${TASKS}`);
if (FRESH) rmSync(sqliteDir, { recursive: true, force: true });
mkdirSync(sqliteDir, { recursive: true });
const backends: Backend[] = [{ name: 'sqlite', dataDir: sqliteDir, databaseUrl: undefined, env: { BULWARK_DATA_DIR: sqliteDir, BULWARK_PROJECT_ID: BENCH_PROJECT, BULWARK_ADMIN_PASSWORD: PASSWORD } }];
const pgBackend = await postgresBackend();
if (pgBackend !== undefined) backends.push(pgBackend);
for (const b of backends) {
  await load(b);
  await measure(b);
}
