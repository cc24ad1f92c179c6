import { describe, expect, it } from 'vitest';
import { eksCluster } from '../../../test/fixtures/clusters/eks-cluster.js';
import { kubeadmCluster } from '../../../test/fixtures/clusters/kubeadm-cluster.js';
import { legacyCluster } from '../../../test/fixtures/clusters/legacy-cluster.js';
import { BUNDLED_VULN_DB } from '../vulndb/bundled-vuln-db.js';
import { CIS_CONTROLS } from './benchmark/evaluate-benchmark.js';
import { scanCluster } from './scan-cluster.js';
import { clusterRole, clusterRoleBinding, deployment, obj, sa, snapshotOf, ADMIN_RULES } from './testing/snapshot-of.js';

const NOW = Date.parse('2026-12-04T00:00:00Z');
const scan = (s: Parameters<typeof scanCluster>[0], scanTypes?: Parameters<typeof scanCluster>[1]['scanTypes']) =>
  scanCluster(s, { now: NOW, vulnDb: BUNDLED_VULN_DB, ...(scanTypes ? { scanTypes } : {}) });
const bench = (doc: ReturnType<typeof scan>, id: string) => doc.benchmark.find((b) => b.id === id)!;

describe('scanCluster on the kubeadm fixture', () => {
  const doc = scan(kubeadmCluster());

  it('describes the cluster and runs all three items', () => {
    expect(doc.cluster).toEqual({ version: 'v1.29.3', nodes: 3, provider: 'kubeadm' });
    expect(doc.scan_types).toEqual(['cluster_vul', 'risk_assessment', 'benchmark']);
    expect(doc.vulnerabilities.length).toBeGreaterThan(0);
  });

  it('judges the web Deployment once and never its replica pod', () => {
    const privEsc = doc.risks.filter((r) => r.rule_id === 'BW-K8S-002' && r.resource.namespace === 'shop');
    expect(privEsc.map((r) => `${r.resource.kind}/${r.resource.name}`)).toEqual(['Deployment/web']);
    expect(doc.risks.some((r) => r.resource.kind === 'Pod' && r.resource.namespace === 'shop')).toBe(false);
    expect(privEsc[0]!.resource.uid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('exempts control-plane static pods from pod-security rules, saying so', () => {
    expect(doc.exempted.map((e) => e.resource.name).sort()).toEqual(['etcd-cp-1', 'kube-apiserver-cp-1', 'kube-controller-manager-cp-1', 'kube-scheduler-cp-1']);
    expect(doc.risks.some((r) => r.resource.name === 'kube-apiserver-cp-1' && r.rule_id === 'BW-K8S-005')).toBe(false);
    // Rules about the control plane itself still look at it.
    expect(doc.risks.some((r) => r.resource.name === 'kube-apiserver-cp-1' && r.rule_id === 'BW-CL-010')).toBe(true);
  });

  it('reports the CI service account bound to cluster-admin, not the default system:masters binding', () => {
    const admins = doc.risks.filter((r) => r.rule_id === 'BW-CL-001');
    expect(admins.map((r) => `${r.resource.kind}/${r.resource.namespace}/${r.resource.name}`)).toEqual(['ServiceAccount/ci/deployer']);
    // cluster-admin implies the rest: one finding per identity, not four.
    expect(doc.risks.filter((r) => ['BW-CL-002', 'BW-CL-003', 'BW-CL-004'].includes(r.rule_id))).toEqual([]);
  });

  it('evaluates the benchmark from static pod flags and kubelet configz', () => {
    expect(bench(doc, 'CIS-1.2.1')).toMatchObject({ status: 'fail', resources: [{ kind: 'Pod', name: 'kube-apiserver-cp-1', namespace: 'kube-system' }] });
    expect(bench(doc, 'CIS-1.2.8').status).toBe('pass');
    expect(bench(doc, 'CIS-1.3.7').status).toBe('pass');
    expect(bench(doc, 'CIS-2.7').status).toBe('pass');
    expect(bench(doc, 'CIS-4.2.4').status).toBe('pass');
    expect(bench(doc, 'CIS-1.1.1')).toMatchObject({ status: 'not_applicable', reason: expect.stringMatching(/node access/) });
    expect(bench(doc, 'CIS-5.1.1')).toMatchObject({ status: 'fail', resources: [{ kind: 'ClusterRoleBinding', name: 'ci-admin' }] });
    expect(bench(doc, 'CIS-5.2.2')).toMatchObject({ status: 'fail', resources: [{ kind: 'DaemonSet', name: 'kube-proxy' }] });
    expect(bench(doc, 'CIS-5.2.1').status).toBe('pass');
  });

  it('lists every control once with a valid status', () => {
    expect(doc.benchmark.map((b) => b.id)).toEqual(CIS_CONTROLS.map((c) => c.id));
    expect(new Set(doc.benchmark.map((b) => b.id)).size).toBe(doc.benchmark.length);
    for (const b of doc.benchmark) expect(['pass', 'fail', 'not_applicable', 'not_evaluated']).toContain(b.status);
    expect(doc.benchmark.filter((b) => b.id.startsWith('CIS-5.')).every((b) => b.status !== 'not_evaluated')).toBe(true);
  });
});

describe('scanCluster on the EKS fixture (managed control plane, no node proxy permission)', () => {
  const doc = scan(eksCluster());

  it('reports control-plane items not applicable and kubelet items not evaluated with the reason', () => {
    expect(doc.cluster.provider).toBe('eks');
    expect(bench(doc, 'CIS-1.2.1')).toMatchObject({ status: 'not_applicable', reason: expect.stringMatching(/provider-managed/) });
    expect(bench(doc, 'CIS-2.2').status).toBe('not_applicable');
    expect(bench(doc, 'CIS-4.2.1')).toMatchObject({ status: 'not_evaluated', reason: expect.stringMatching(/nodes\/proxy/) });
    expect(doc.not_evaluated).toContainEqual({ scan_type: 'benchmark', item: 'CIS-4.2.1', reason: expect.stringMatching(/nodes\/proxy/) });
    expect(doc.not_evaluated).toContainEqual({ scan_type: 'risk_assessment', item: 'BW-CL-014', reason: expect.stringMatching(/nodes\/proxy/) });
  });
});

describe('scanCluster on the legacy fixture', () => {
  const doc = scan(legacyCluster());

  it('flags the open kubelets, the end-of-life version, and cannot judge admission without webhooks', () => {
    const of = (id: string) => doc.risks.filter((r) => r.rule_id === id).map((r) => r.resource.name).sort();
    expect(of('BW-CL-014')).toEqual(['master-1', 'worker-1']);
    expect(of('BW-CL-015')).toEqual(['master-1', 'worker-1']);
    expect(of('BW-CL-016')).toEqual(['kubernetes']);
    expect(doc.not_evaluated).toContainEqual({ scan_type: 'risk_assessment', item: 'BW-CL-013', reason: expect.stringMatching(/webhooks could not be read/) });
    expect(bench(doc, 'CIS-4.2.1')).toMatchObject({ status: 'fail', resources: [{ kind: 'Node', name: 'master-1' }, { kind: 'Node', name: 'worker-1' }] });
  });
});

describe('scanCluster options and attack paths', () => {
  it('runs only the requested items', () => {
    const doc = scan(kubeadmCluster(), ['benchmark']);
    expect(doc.scan_types).toEqual(['benchmark']);
    expect(doc.vulnerabilities).toEqual([]);
    expect(doc.risks).toEqual([]);
    expect(doc.benchmark.length).toBeGreaterThan(100);
  });

  it('raises the attack path only for the exposed workload holding cluster-admin', () => {
    const snapshot = snapshotOf([
      deployment('web', 'shop', { serviceAccountName: 'web' }), deployment('batch', 'shop', { serviceAccountName: 'web' }, { app: 'batch' }),
      obj('v1', 'Service', 'web', 'shop', { spec: { type: 'NodePort', selector: { app: 'web' }, ports: [{ port: 80 }] } }),
      clusterRole('cluster-admin', ADMIN_RULES), clusterRoleBinding('web-admin', 'cluster-admin', [sa('web', 'shop')]),
    ]);
    const paths = scan(snapshot, ['risk_assessment']).risks.filter((r) => r.rule_id === 'BW-CL-007');
    expect(paths).toHaveLength(1);
    expect(paths[0]).toMatchObject({ resource: { kind: 'Deployment', name: 'web' }, path: 'spec.template.spec.serviceAccountName' });
    expect(paths[0]!.message).toMatch(/NodePort Service "web".*cluster-admin/);
  });

  it('survives hostile objects without throwing', () => {
    const junk = snapshotOf([
      { apiVersion: 'v1', kind: 'Pod' }, { kind: 'ClusterRoleBinding', metadata: { name: 'x' }, roleRef: 'nope', subjects: 7 },
      { apiVersion: 'v1', kind: 'Service', metadata: { name: 's', namespace: 'a' }, spec: { type: 'LoadBalancer', selector: [] } },
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd', namespace: 'a', ownerReferences: 'bad' }, spec: { template: 'bad' } },
    ], { version: null });
    const doc = scan(junk);
    expect(doc.cluster.version).toBeNull();
    expect(doc.not_evaluated.some((n) => n.item === 'BW-CL-016')).toBe(true);
  });
});

describe('benchmark-only scans', () => {
  it('reach the same verdicts as a full scan while running only the rules the benchmark reads', () => {
    const full = scan(kubeadmCluster()).benchmark;
    const only = scan(kubeadmCluster(), ['benchmark']).benchmark;
    expect(only).toEqual(full);
  });
});
