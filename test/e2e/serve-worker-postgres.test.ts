import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapEnv, newBootstrapIdentity } from './support/bootstrap-env.js';
import { buildOnce, startBulwark, type BulwarkProcess } from './support/bulwark-process.js';
import { TokenClient, type Json } from './support/token-client.js';

/**
 * Multi-node deployment on PostgreSQL: `serve --workers 0` only answers the API, and a
 * separate `bulwark worker` process scans. Skips (saying why) when PostgreSQL is not reachable.
 */
const ADMIN_URL = process.env['BULWARK_TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const dbName = `bulwark_e2e_${randomBytes(6).toString('hex')}`;
let available = false;
let dir = '';
const processes: BulwarkProcess[] = [];

async function admin<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  try {
    await admin((c) => c.query(`CREATE DATABASE "${dbName}"`));
    available = true;
  } catch (err) {
    console.log(`skipping PostgreSQL e2e: ${err instanceof Error ? err.message : String(err)}`);
    return;
  }
  buildOnce();
  dir = await mkdtemp(join(tmpdir(), 'bulwark-e2e-pg-'));
});

afterAll(async () => {
  for (const p of processes) await p.stop();
  if (available) await admin((c) => c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`)).catch(() => undefined);
  if (dir !== '') await rm(dir, { recursive: true, force: true });
});

describe('serve (API only) + worker processes over one PostgreSQL database', () => {
  it('scans through the separate worker and both stop with exit code 0', async (ctx) => {
    if (!available) return ctx.skip();
    const url = new URL(ADMIN_URL);
    url.pathname = `/${dbName}`;
    const id = newBootstrapIdentity();
    const env = { ...bootstrapEnv(id, join(dir, 'data')), BULWARK_DATABASE_URL: url.toString(), BULWARK_MASTER_KEY: randomBytes(32).toString('base64') };
    const api = await startBulwark('serve', ['--port', '0', '--workers', '0'], env);
    processes.push(api);
    const client = await TokenClient.login(api.url, id);
    const uploaded = await client.upload('dockerfile', [['Dockerfile', 'FROM ubuntu:latest\nUSER root\nRUN apt-get update\n']]);
    expect(uploaded.status).toBe(200);
    const fileId = String((uploaded.body['success_file_info'] as Json[])[0]?.['file_id']);
    const created = await client.json('POST', '/common/task', { task_type: 'iac_scan', iac_scan_info: { file_type: 'dockerfile', file_id_list: [fileId] } });
    expect(created.status).toBe(200);
    const taskId = String(created.body['task_id']);

    // Nothing scans yet: the API node has no workers.
    await new Promise((r) => setTimeout(r, 500));
    const waiting = await client.json('POST', '/common/tasks/batch-query?limit=10', { task_type: 'iac_scan', task_id: taskId });
    expect((waiting.body['data_list'] as Json[])[0]?.['task_status']).toBe('ready');

    const worker = await startBulwark('worker', ['--workers', '2'], env);
    processes.push(worker);
    const task = await client.waitForFinished('iac_scan', taskId);
    expect(task['iac_scan_info']).toMatchObject({ scan_file_num: 1, success_file_num: 1, failed_file_num: 0 });
    const risks = await client.json('GET', `/container/iac/file/risks?offset=0&limit=100&file_id=${fileId}`);
    expect(risks.body['total_num']).toBeGreaterThan(0);
    const instructions = (risks.body['data_list'] as Json[]).map((r) => r['build_instruction']);
    expect(instructions.some((i) => typeof i === 'string' && i.length > 0)).toBe(true);

    expect(await worker.stop('SIGTERM')).toBe(0);
    expect(await api.stop('SIGTERM')).toBe(0);
  });
});
