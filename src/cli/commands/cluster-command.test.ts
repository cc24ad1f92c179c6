import { mkdtemp, rm, writeFile } from 'node:fs/promises';
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
