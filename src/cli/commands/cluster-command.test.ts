import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFakeKubeApi, type FakeKubeApi } from '../../../test/fake-kube-api/fake-kube-api-server.js';
import { legacyCluster } from '../../../test/fixtures/clusters/legacy-cluster.js';
import { readSnapshotFile } from '../../collectors/snapshot/read-snapshot-file.js';
import { main } from '../main.js';
import { runCli } from '../testing/run-cli.js';

let dir: string;
let api: FakeKubeApi;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bulwark-cluster-cli-'));
  api = await startFakeKubeApi({ snapshot: legacyCluster(), forbidden: ['validatingwebhookconfigurations.admissionregistration.k8s.io'] });
  await writeFile(join(dir, 'kubeconfig'), api.kubeconfig({ contextName: 'legacy' }));
});
afterAll(async () => {
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

async function run(...args: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { err += String(chunk); return true; });
  try {
    return { code: await main(args), err };
  } finally {
    stderr.mockRestore();
  }
}

describe('bulwark cluster snapshot', () => {
  it('writes a snapshot that loads back, and lists what was unreadable on stderr', async () => {
    const output = join(dir, 'snap.json');
    const { code, err } = await run('cluster', 'snapshot', '--kubeconfig', join(dir, 'kubeconfig'), '--context', 'legacy', '--output', output, '--page-size', '3');
    expect(code).toBe(0);
    expect(err).toMatch(/v1\.20\.2: \d+ objects, 3 kubelet configs/);
    expect(err).toMatch(/unreadable validatingwebhookconfigurations\.admissionregistration\.k8s\.io: forbidden/);
    const snap = await readSnapshotFile(output);
    expect(snap.objects.length).toBe(legacyCluster().objects.length);
    expect(snap.kubeProxyConfig).toMatchObject({ mode: 'ipvs' });
  });

  it('rejects an unknown context before connecting', async () => {
    const run = await runCli(['cluster', 'snapshot', '--kubeconfig', join(dir, 'kubeconfig'), '--context', 'nope', '--output', join(dir, 'x.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/context "nope" is not in the kubeconfig/);
  });

  it('rejects bad numbers', async () => {
    const run = await runCli(['cluster', 'snapshot', '--kubeconfig', join(dir, 'kubeconfig'), '--output', join(dir, 'x.json'), '--concurrency', '0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--concurrency must be an integer from 1 to 64/);
  });
});

describe('bulwark cluster register|list|delete', () => {
  const db = () => ['--data-dir', join(dir, 'data')];
  const json = (s: string): unknown => JSON.parse(s);

  it('registers a reachable cluster, lists it and deletes it', async () => {
    expect((await runCli(['iam', ...db(), 'project', 'create', '--name', 'main', '--id', 'p-main'])).code).toBe(0);
    const registered = await runCli(['cluster', 'register', ...db(), '--name', 'legacy', '--kubeconfig', join(dir, 'kubeconfig'),
      '--context', 'legacy', '--type', 'self_built_hw', '--format', 'json']);
    expect(registered.stderr).toBe('');
    expect(registered.code).toBe(0);
    const id = (json(registered.stdout) as { cluster_id: string }).cluster_id;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const listed = await runCli(['cluster', 'list', ...db(), '--format', 'json']);
    expect(listed.code).toBe(0);
    expect(json(listed.stdout)).toEqual([expect.objectContaining({ id, name: 'legacy', type: 'self_built_hw', version: 'v1.20.2', status: 'Available', last_scan_at: '' })]);
    const table = await runCli(['cluster', 'list', ...db(), '--project', 'main']);
    expect(table.stdout.split('\n')[0]).toMatch(/^ID\s+NAME\s+TYPE\s+STATUS/);
    expect(table.stdout).toContain(id);
    // The kubeconfig is stored sealed: its bearer token is nowhere in the database file.
    const stored = await readFile(join(dir, 'data', 'bulwark.sqlite'));
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.includes(Buffer.from(api.token))).toBe(false);

    expect((await runCli(['cluster', 'delete', ...db(), id])).code).toBe(0);
    expect(json((await runCli(['cluster', 'list', ...db(), '--format', 'json'])).stdout)).toEqual([]);
    const again = await runCli(['cluster', 'delete', ...db(), id]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/not found/);
  });

  it('refuses an unreachable cluster and a kubeconfig that runs commands, storing nothing', async () => {
    const unreachable = join(dir, 'unreachable');
    await writeFile(unreachable, api.kubeconfig({ contextName: 'legacy' }).replace(/server: https:\/\/[^\s]+/, 'server: https://127.0.0.1:1'));
    const down = await runCli(['cluster', 'register', ...db(), '--name', 'gone', '--kubeconfig', unreachable]);
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/cannot connect to the cluster/);

    const exec = join(dir, 'exec');
    await writeFile(exec, [
      'apiVersion: v1', 'kind: Config', 'current-context: c',
      'clusters: [{name: c, cluster: {server: "https://127.0.0.1:1"}}]',
      'users: [{name: u, user: {exec: {apiVersion: client.authentication.k8s.io/v1, command: /bin/sh}}}]',
      'contexts: [{name: c, context: {cluster: c, user: u}}]', '',
    ].join('\n'));
    const refused = await runCli(['cluster', 'register', ...db(), '--name', 'exec', '--kubeconfig', exec]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/exec/);
    expect(json((await runCli(['cluster', 'list', ...db(), '--format', 'json'])).stdout)).toEqual([]);
  });

  it('asks for --project when there are several', async () => {
    expect((await runCli(['iam', ...db(), 'project', 'create', '--name', 'second'])).code).toBe(0);
    const run = await runCli(['cluster', 'list', ...db()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/name one with --project/);
    expect((await runCli(['cluster', 'list', ...db(), '--project', 'second'])).code).toBe(0);
    expect((await runCli(['cluster', 'list', ...db(), '--project', 'nope'])).code).toBe(1);
  });
});
