import { afterEach, describe, expect, it } from 'vitest';
import { startFakeKubeApi, fakeKubeconfig, type FakeKubeApi, type FakeKubeApiOptions } from '../../../test/fake-kube-api/fake-kube-api-server.js';
import { createSelfSignedCert } from '../../../test/fake-kube-api/self-signed-cert.js';
import { kubeadmCluster } from '../../../test/fixtures/clusters/kubeadm-cluster.js';
import { legacyCluster } from '../../../test/fixtures/clusters/legacy-cluster.js';
import { BulwarkError } from '../../domain/errors.js';
import { scanClusterVulnerabilities } from '../../engine/cluster/vulnerabilities/scan-cluster-vulnerabilities.js';
import type { JsonObject } from '../../engine/inputs/kube-object.js';
import { BUNDLED_VULN_DB } from '../../engine/vulndb/bundled-vuln-db.js';
import { collectClusterSnapshot, type CollectOptions } from './collect-cluster-snapshot.js';
import { loadKubeConfig } from './load-kube-config.js';

let api: FakeKubeApi | undefined;
afterEach(async () => { await api?.close(); api = undefined; });

async function collect(server: FakeKubeApiOptions, opts: CollectOptions = {}) {
  api = await startFakeKubeApi(server);
  return collectClusterSnapshot(loadKubeConfig({ text: api.kubeconfig() }), { now: () => 1_700_000_000_000, ...opts });
}

describe('collectClusterSnapshot through @kubernetes/client-node against the fake API server', () => {
  it('pages through every list and reproduces the cluster', async () => {
    const source = kubeadmCluster();
    const { snapshot, stats } = await collect({ snapshot: source }, { pageSize: 2 });
    expect(snapshot.version?.gitVersion).toBe('v1.29.3');
    expect(snapshot.unreadable).toEqual([]);
    expect(snapshot.objects).toHaveLength(source.objects.length);
    expect(new Set(snapshot.objects.map((o) => `${o.apiVersion} ${o.kind}`))).toContain('apps/v1 Deployment');
    expect(api!.requests.some((r) => /\/api\/v1\/nodes\?limit=2&continue=/.test(r))).toBe(true);
    expect(Object.keys(snapshot.kubeletConfigs).sort()).toEqual(['cp-1', 'worker-1', 'worker-2']);
    expect(snapshot.kubeProxyConfig).toMatchObject({ kind: 'KubeProxyConfiguration', mode: 'iptables' });
    expect(stats.requests).toBeGreaterThan(20);
    // The collected snapshot scans exactly like the one it was served from.
    const scan = (s: typeof source) => scanClusterVulnerabilities(s, BUNDLED_VULN_DB, 0).vulnerabilities.map((v) => `${v.cveId} ${v.component} ${v.installedVersion} ${v.exploitability}`).sort();
    expect(scan(snapshot)).toEqual(scan(source));
  });

  it('keeps ConfigMap key names only, never values', async () => {
    const { snapshot } = await collect({ snapshot: kubeadmCluster() });
    const cm = snapshot.objects.find((o) => o.kind === 'ConfigMap' && (o.metadata as JsonObject).name === 'kubeadm-config');
    expect(cm).toMatchObject({ dataKeys: ['ClusterConfiguration'], binaryDataKeys: [] });
    expect(cm).not.toHaveProperty('data');
    expect(JSON.stringify(snapshot.objects)).not.toContain('secret-looking value');
  });

  it('records forbidden resources, missing API groups and node proxy denial, and still succeeds', async () => {
    const { snapshot } = await collect({
      snapshot: legacyCluster(), forbidden: ['pods', 'clusterrolebindings.rbac.authorization.k8s.io', 'nodes/proxy'], missingGroups: ['networking.k8s.io'],
      allowedNamespaces: { pods: ['kube-system'] },
    }, { concurrency: 1 });
    const reasons = Object.fromEntries(snapshot.unreadable.map((u) => [u.resource, u.reason]));
    expect(reasons.pods).toMatch(/^forbidden: pods is forbidden/);
    expect(reasons['clusterrolebindings.rbac.authorization.k8s.io']).toMatch(/forbidden/);
    expect(reasons['ingresses.networking.k8s.io']).toMatch(/not served by this cluster \(404\)/);
    expect(reasons['nodes/proxy/configz']).toMatch(/nodes\/proxy/);
    expect(snapshot.kubeletConfigs).toEqual({});
    // Pods stay unreadable cluster-wide, but kube-system's (static control-plane pods) were read.
    expect(reasons.pods).toMatch(/kube-system pods were readable/);
    expect(snapshot.objects.filter((o) => o.kind === 'Pod').every((o) => (o.metadata as JsonObject).namespace === 'kube-system')).toBe(true);
    expect(snapshot.objects.some((o) => o.kind === 'Pod' && (o.metadata as JsonObject).name === 'kube-apiserver-master-1')).toBe(true);
    expect(snapshot.objects.some((o) => o.kind === 'Node')).toBe(true);
    // One 403 on the node proxy stops asking for the other nodes (one request in flight here).
    expect(api!.requests.filter((r) => r.includes('/proxy/configz'))).toHaveLength(1);
  });

  it('keeps pods unreadable without a kube-system fallback when that is denied too', async () => {
    const { snapshot } = await collect({ snapshot: legacyCluster(), forbidden: ['pods'] });
    expect(snapshot.unreadable.find((u) => u.resource === 'pods')?.reason).not.toMatch(/kube-system/);
    expect(snapshot.objects.some((o) => o.kind === 'Pod')).toBe(false);
  });

  it('turns a hanging list into an unreadable entry after the per-request timeout', async () => {
    const started = Date.now();
    // Generous enough that the other lists answer in time even on a loaded machine.
    const { snapshot } = await collect({ snapshot: kubeadmCluster(), hang: ['/apis/apps/v1/deployments'] }, { requestTimeoutMs: 1500 });
    expect(snapshot.unreadable.find((u) => u.resource === 'deployments.apps')?.reason).toMatch(/no answer within 1500 ms/);
    expect(snapshot.objects.some((o) => o.kind === 'Deployment')).toBe(false);
    expect(snapshot.objects.some((o) => o.kind === 'Node')).toBe(true);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('stops at the total deadline and lists what was not read', async () => {
    const { snapshot } = await collect({ snapshot: kubeadmCluster(), hang: ['/api/v1/', '/apis/'] }, { requestTimeoutMs: 60_000, deadlineMs: 1500 });
    expect(snapshot.objects).toEqual([]);
    expect(snapshot.unreadable.length).toBeGreaterThanOrEqual(21);
    expect(snapshot.unreadable.every((u) => u.reason === 'collection deadline reached')).toBe(true);
  });

  it('drops a list whose continue token expired (410) instead of keeping half of it', async () => {
    const { snapshot } = await collect({ snapshot: kubeadmCluster(), continueTtlRequests: 0 }, { pageSize: 1, concurrency: 1 });
    expect(snapshot.unreadable.find((u) => u.resource === 'nodes')?.reason).toMatch(/410/);
    expect(snapshot.objects.some((o) => o.kind === 'Node')).toBe(false);
  });

  it('cuts off responses above the size limit instead of buffering them', async () => {
    const { snapshot } = await collect({ snapshot: kubeadmCluster() }, { maxResponseBytes: 4096 });
    expect(snapshot.unreadable.find((u) => u.resource === 'pods')?.reason).toMatch(/response larger than 4096 bytes/);
    expect(snapshot.objects.some((o) => o.kind === 'Namespace')).toBe(true);
  });

  it('stops a list whose server repeats the same continue token', async () => {
    const { snapshot } = await collect({ snapshot: kubeadmCluster(), stuckContinue: true }, { pageSize: 1, deadlineMs: 20_000 });
    expect(snapshot.unreadable.find((u) => u.resource === 'nodes')?.reason).toBe('server repeated the same continue token');
  });

  it('fails clearly on rejected credentials', async () => {
    api = await startFakeKubeApi({ snapshot: kubeadmCluster() });
    const kc = loadKubeConfig({ text: api.kubeconfig({ token: 'wrong' }) });
    await expect(collectClusterSnapshot(kc)).rejects.toMatchObject({ code: 'unauthenticated', message: expect.stringMatching(/401/) });
  });

  it('fails clearly when the server certificate is not signed by the kubeconfig CA', async () => {
    api = await startFakeKubeApi({ snapshot: kubeadmCluster() });
    const other = createSelfSignedCert('someone-else', ['127.0.0.1']);
    const kc = loadKubeConfig({ text: fakeKubeconfig(api.url, other.certPem, api.token, 'x') });
    await expect(collectClusterSnapshot(kc)).rejects.toThrow(/Cannot reach the API server .*(certificate|signature)/i);
  });

  it('fails clearly when nothing listens', async () => {
    api = await startFakeKubeApi({ snapshot: kubeadmCluster() });
    const text = api.kubeconfig();
    await api.close();
    api = undefined;
    const err = await collectClusterSnapshot(loadKubeConfig({ text }), { requestTimeoutMs: 2000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BulwarkError);
    expect((err as Error).message).toMatch(/Cannot reach the API server https:\/\/127\.0\.0\.1:\d+: .*ECONNREFUSED/);
  });
});
