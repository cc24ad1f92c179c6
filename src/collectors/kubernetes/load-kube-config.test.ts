import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeKubeconfig } from '../../../test/fake-kube-api/fake-kube-api-server.js';
import { loadKubeConfig } from './load-kube-config.js';

const text = fakeKubeconfig('https://10.0.0.1:6443', '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n', 't', 'prod');

describe('loadKubeConfig', () => {
  it('loads a file and switches context only to one that exists', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bulwark-kc-'));
    const file = join(dir, 'config');
    await writeFile(file, text);
    expect(loadKubeConfig({ file }).getCurrentCluster()?.server).toBe('https://10.0.0.1:6443');
    expect(loadKubeConfig({ file, context: 'prod' }).getCurrentContext()).toBe('prod');
    expect(() => loadKubeConfig({ file, context: 'staging' })).toThrow(/context "staging" is not in the kubeconfig \(known: prod\)/);
  });

  it.each([
    [{}, /kubeconfig is required/],
    [{ file: '/nonexistent/kubeconfig' }, /kubeconfig file \/nonexistent\/kubeconfig cannot be read/],
    [{ text: 'clusters: [' }, /kubeconfig text cannot be read/],
    [{ text: 'apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n' }, /names no cluster with a server URL/],
  ])('rejects %j clearly (never falls back to localhost:8080)', (source, message) => {
    expect(() => loadKubeConfig(source)).toThrow(message);
  });
});
