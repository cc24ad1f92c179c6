import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeKubeApi, type FakeKubeApi } from '../../../test/fake-kube-api/fake-kube-api-server.js';
import { eksCluster } from '../../../test/fixtures/clusters/eks-cluster.js';
import { kubeadmCluster } from '../../../test/fixtures/clusters/kubeadm-cluster.js';
import { legacyCluster } from '../../../test/fixtures/clusters/legacy-cluster.js';
import { collectClusterSnapshot } from '../../collectors/kubernetes/collect-cluster-snapshot.js';
import { loadKubeConfig } from '../../collectors/kubernetes/load-kube-config.js';
import { writeSnapshotFile } from '../../collectors/snapshot/write-snapshot-file.js';
import { scanCluster } from '../../engine/cluster/scan-cluster.js';
import { BUNDLED_VULN_DB } from '../../engine/vulndb/bundled-vuln-db.js';
import type { ClusterScanDocument } from '../../engine/cluster/cluster-scan-document.js';
import { runCli } from '../testing/run-cli.js';

let dir: string;
let api: FakeKubeApi;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bulwark-scan-cluster-'));
  await writeSnapshotFile(join(dir, 'kubeadm.json'), kubeadmCluster());
  await writeSnapshotFile(join(dir, 'eks.json'), eksCluster());
  api = await startFakeKubeApi({ snapshot: legacyCluster(), forbidden: ['validatingwebhookconfigurations.admissionregistration.k8s.io', 'mutatingwebhookconfigurations.admissionregistration.k8s.io'] });
  await writeFile(join(dir, 'kubeconfig'), api.kubeconfig({ contextName: 'legacy' }));
});
afterAll(async () => {
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

const json = (stdout: string) => JSON.parse(stdout) as ClusterScanDocument;
const dataDir = () => ['--data-dir', join(dir, 'no-data')];

describe('bulwark scan-cluster --snapshot', () => {
  it('prints the cli.md JSON document', async () => {
    const run = await runCli(['scan-cluster', '--snapshot', join(dir, 'kubeadm.json'), '--format', 'json', ...dataDir()]);
    expect(run.code).toBe(0);
    const doc = json(run.stdout);
    expect(doc).toMatchObject({ schema_version: 1, cluster: { version: 'v1.29.3', nodes: 3, provider: 'kubeadm' } });
    expect(doc.vulnerabilities[0]).toEqual(expect.objectContaining({ cve_id: expect.stringMatching(/^CVE-/), component: expect.any(String), installed_version: expect.any(String), fixed_versions: expect.any(Array), severity: expect.any(String), confidence: expect.any(String), resources: expect.any(Array) }));
    expect(doc.risks[0]).toEqual(expect.objectContaining({ rule_id: expect.any(String), aliases: expect.any(Array), category: expect.any(String), title: expect.any(String), message: expect.any(String), path: expect.any(String) }));
    expect(doc.benchmark.find((b) => b.id === 'CIS-1.2.1')).toMatchObject({ status: 'fail', resources: [{ kind: 'Pod', name: 'kube-apiserver-cp-1' }] });
  });

  it('honours --scan-types and --exit-code', async () => {
    const run = await runCli(['scan-cluster', '--snapshot', join(dir, 'eks.json'), '--scan-types', 'benchmark', '--format', 'json', '--exit-code', '3', ...dataDir()]);
    expect(run.code).toBe(3);
    const doc = json(run.stdout);
    expect(doc.risks).toEqual([]);
    expect(doc.vulnerabilities).toEqual([]);
    expect(doc.not_evaluated).toContainEqual({ scan_type: 'benchmark', item: 'CIS-4.2.1', reason: expect.stringMatching(/nodes\/proxy/) });
  });

  it('writes a table and SARIF', async () => {
    const table = await runCli(['scan-cluster', '--snapshot', join(dir, 'eks.json'), ...dataDir()]);
    expect(table.stdout).toMatch(/CIS benchmark: \d+ pass, \d+ fail/);
    expect(table.stdout).toMatch(/Not evaluated .*"unknown", not "clean"/);
    const sarif = JSON.parse((await runCli(['scan-cluster', '--snapshot', join(dir, 'kubeadm.json'), '--format', 'sarif', ...dataDir()])).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'BW-CL-001')).toBe(true);
  });

  it('rejects bad usage with one clear line', async () => {
    expect((await runCli(['scan-cluster', ...dataDir()])).stderr).toMatch(/exactly one of --kubeconfig and --snapshot/);
    const bad = await runCli(['scan-cluster', '--snapshot', join(dir, 'eks.json'), '--scan-types', 'cluster_vul,nope', ...dataDir()]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown scan type "nope"/);
    expect((await runCli(['scan-cluster', '--snapshot', join(dir, 'missing.json'), ...dataDir()])).code).toBe(2);
  });
});

describe('bulwark scan-cluster --kubeconfig (collector → scanCluster through @kubernetes/client-node and the fake API server)', () => {
  it('scans the live cluster like its snapshot, reporting what it could not read', async () => {
    const run = await runCli(['scan-cluster', '--kubeconfig', join(dir, 'kubeconfig'), '--context', 'legacy', '--format', 'json', ...dataDir()]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const doc = json(run.stdout);
    expect(doc.cluster).toEqual({ version: 'v1.20.2', nodes: 3, provider: 'kubeadm' });
    expect(doc.vulnerabilities.length).toBeGreaterThan(10);
    expect(doc.risks.filter((r) => r.rule_id === 'BW-CL-015').map((r) => r.resource.name).sort()).toEqual(['master-1', 'worker-1']);
    expect(doc.benchmark.find((b) => b.id === 'CIS-1.2.8')?.status).toBe('pass');
    expect(doc.not_evaluated).toContainEqual({ scan_type: 'risk_assessment', item: 'BW-CL-013', reason: expect.stringMatching(/forbidden/) });
    expect(api.requests.some((r) => r.includes('/proxy/configz'))).toBe(true);
  });
});

describe('collector → scanCluster end to end', () => {
  it('a cluster read through the API scans exactly like the snapshot it was served from', async () => {
    const source = kubeadmCluster();
    const server = await startFakeKubeApi({ snapshot: source });
    try {
      const { snapshot } = await collectClusterSnapshot(loadKubeConfig({ text: server.kubeconfig() }), { pageSize: 3, now: () => source.collectedAt });
      const now = Date.parse('2026-12-04T00:00:00Z');
      const viaApi = scanCluster(snapshot, { now, vulnDb: BUNDLED_VULN_DB });
      const direct = scanCluster(source, { now, vulnDb: BUNDLED_VULN_DB });
      expect(viaApi.risks).toEqual(direct.risks);
      expect(viaApi.benchmark).toEqual(direct.benchmark);
      expect(viaApi.vulnerabilities).toEqual(direct.vulnerabilities);
      expect(viaApi.risks.some((r) => r.rule_id === 'BW-CL-001')).toBe(true);
    } finally {
      await server.close();
    }
  });
});
