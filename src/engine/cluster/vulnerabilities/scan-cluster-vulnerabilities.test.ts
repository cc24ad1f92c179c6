import { describe, expect, it } from 'vitest';
import { eksCluster } from '../../../../test/fixtures/clusters/eks-cluster.js';
import { kubeadmCluster } from '../../../../test/fixtures/clusters/kubeadm-cluster.js';
import { legacyCluster } from '../../../../test/fixtures/clusters/legacy-cluster.js';
import type { ClusterSnapshot } from '../../inputs/cluster-snapshot.js';
import { BUNDLED_VULN_DB } from '../../vulndb/bundled-vuln-db.js';
import type { VulnDb } from '../../vulndb/vuln-db.js';
import { scanClusterVulnerabilities } from './scan-cluster-vulnerabilities.js';

const NOW = Date.parse('2026-12-04T00:00:00Z');
const rows = (s: ClusterSnapshot, db: VulnDb = BUNDLED_VULN_DB) => scanClusterVulnerabilities(s, db, NOW).vulnerabilities;
const row = (s: ClusterSnapshot, cve: string, component: string, version?: string) =>
  rows(s).filter((r) => r.cveId === cve && r.component === component && (version === undefined || r.installedVersion === version));

describe('scanClusterVulnerabilities on an old kubeadm cluster (v1.20.2)', () => {
  const snap = legacyCluster();

  it('reports the kubelet subPath CVE on every node with the fix on the same minor line first', () => {
    const [r, ...more] = row(snap, 'CVE-2021-25741', 'kubelet');
    expect(more).toEqual([]);
    expect(r).toMatchObject({ installedVersion: '1.20.2', severity: 'high', confidence: 'exact', exploitability: 'applies' });
    expect(r?.fixedVersions[0]).toBe('1.20.11');
    expect(r?.resources.map((x) => x.name).sort()).toEqual(['master-1', 'win-1', 'worker-1']);
  });

  it('narrows Windows-only CVEs to the Windows node', () => {
    const [r] = row(snap, 'CVE-2021-25749', 'kubelet');
    expect(r).toMatchObject({ exploitability: 'applies' });
    expect(r?.resources).toEqual([{ kind: 'Node', name: 'win-1' }]);
  });

  it('reports CVEs whose official ranges start at a newer branch when stackrox covers older ones', () => {
    // The OSV record of CVE-2023-3676 begins at 1.24.0; the advisory and stackrox cover every older kubelet.
    const [r] = row(snap, 'CVE-2023-3676', 'kubelet');
    expect(r?.resources).toEqual([{ kind: 'Node', name: 'win-1' }]);
    expect(r?.fixedVersions[0]).toBe('1.24.17');
  });

  it('applies gitRepo CVEs because a workload uses a gitRepo volume', () => {
    expect(row(snap, 'CVE-2024-10220', 'kubelet')[0]?.exploitability).toBe('applies');
    expect(row(snap, 'CVE-2025-1767', 'kubelet')[0]?.fixedVersions).toEqual([]);
  });

  it('ties the read-only-port CVE to the nodes whose configz has the port open', () => {
    const [r] = row(snap, 'CVE-2025-0426', 'kubelet');
    expect(r?.exploitability).toBe('applies');
    expect(r?.resources.map((x) => x.name).sort()).toEqual(['master-1', 'worker-1']);
  });

  it('matches the old ingress-nginx and cannot decide the webhook precondition when webhooks are unreadable', () => {
    expect(row(snap, 'CVE-2024-7646', 'ingress-nginx')[0]).toMatchObject({ installedVersion: '0.44.0', exploitability: 'applies' });
    const [r] = row(snap, 'CVE-2025-1974', 'ingress-nginx');
    expect(r).toMatchObject({ severity: 'critical', exploitability: 'precondition_unknown' });
    expect(r?.exploitabilityReason).toMatch(/unreadable/);
  });

  it('checks control-plane components from their static pod images', () => {
    const r = row(snap, 'CVE-2021-25735', 'kube-apiserver')[0];
    expect(r?.resources).toEqual([expect.objectContaining({ kind: 'Pod', name: 'kube-apiserver-master-1', namespace: 'kube-system' })]);
    const report = scanClusterVulnerabilities(snap, BUNDLED_VULN_DB, NOW);
    expect(report.components).toEqual(expect.arrayContaining([
      expect.objectContaining({ component: 'etcd', version: '3.4.13', reportedVersion: '3.4.13-0', confidence: 'exact' }),
      expect.objectContaining({ component: 'containerd', version: '1.4.3' }),
      expect.objectContaining({ component: 'docker', version: '19.3.14', resources: 2 }),
    ]));
  });

  it('reports the client-side components as not evaluated rather than clean', () => {
    const report = scanClusterVulnerabilities(snap, BUNDLED_VULN_DB, NOW);
    expect(report.notEvaluated.map((n) => n.component)).toEqual(expect.arrayContaining(['kubectl', 'client-go', 'csi-proxy']));
    expect(report.notEvaluated.find((n) => n.component === 'csi-proxy')?.cveIds).toContain('CVE-2023-3893');
  });
});

describe('scanClusterVulnerabilities on EKS', () => {
  const snap = eksCluster();

  it('matches vendor builds on the upstream base version, flagged as possibly backported', () => {
    const [r] = row(snap, 'CVE-2024-10220', 'kubelet');
    expect(r).toMatchObject({ installedVersion: '1.30.2', reportedVersion: 'v1.30.2-eks-1552ad0', confidence: 'vendor_build_may_backport' });
    expect(r?.exploitability).toBe('not_exploitable_here');
    expect(r?.fixedVersions[0]).toBe('1.30.3');
  });

  it('leaves the read-only-port precondition undecided without kubelet configz', () => {
    expect(row(snap, 'CVE-2025-0426', 'kubelet')[0]?.exploitability).toBe('precondition_unknown');
  });

  it('infers invisible control-plane components from the API server version', () => {
    const report = scanClusterVulnerabilities(snap, BUNDLED_VULN_DB, NOW);
    expect(report.components).toEqual(expect.arrayContaining([
      expect.objectContaining({ component: 'kube-controller-manager', version: '1.30.4', confidence: 'inferred_from_cluster_version' }),
      expect.objectContaining({ component: 'kube-apiserver', version: '1.30.4', confidence: 'vendor_build_may_backport' }),
      expect.objectContaining({ component: 'kube-proxy', version: '1.30.0', reportedVersion: 'v1.30.0-minimal-eksbuild.3' }),
    ]));
  });
});

describe('scanClusterVulnerabilities on a current kubeadm cluster (v1.29.3)', () => {
  const snap = kubeadmCluster();

  it('keeps node pools on different kubelet versions apart', () => {
    const versions = row(snap, 'CVE-2025-0426', 'kubelet').map((r) => [r.installedVersion, r.resources.map((x) => x.name)]);
    expect(versions.sort()).toEqual([['1.28.7', ['worker-2']], ['1.29.3', ['cp-1', 'worker-1']]]);
    expect(row(snap, 'CVE-2025-0426', 'kubelet').every((r) => r.exploitability === 'not_exploitable_here')).toBe(true);
  });

  it('flags IngressNightmare on ingress-nginx v1.9.4 with its admission webhook installed', () => {
    expect(row(snap, 'CVE-2025-1974', 'ingress-nginx')[0]).toMatchObject({ exploitability: 'applies', fixedVersions: ['1.11.5', '1.12.1'] });
    expect(row(snap, 'CVE-2025-1097', 'ingress-nginx')).toHaveLength(1);
  });

  it('does not report CVEs fixed before the installed version', () => {
    expect(row(snap, 'CVE-2021-25741', 'kubelet')).toEqual([]);
    expect(row(snap, 'CVE-2023-5528', 'kubelet')).toEqual([]);
  });

  it('decides NodeRestriction preconditions from the API server flags', () => {
    const [r] = row(snap, 'CVE-2025-5187', 'kube-apiserver');
    expect(r?.exploitability).toBe('applies');
  });
});

describe('scanClusterVulnerabilities when nothing is readable', () => {
  it('lists every core component as not evaluated, and finds nothing', () => {
    const report = scanClusterVulnerabilities({
      schemaVersion: 1, collectedAt: NOW, version: null, objects: [], kubeletConfigs: {},
      unreadable: [{ resource: 'version', reason: 'timeout' }, { resource: 'nodes', reason: 'forbidden' }],
    }, BUNDLED_VULN_DB, NOW);
    expect(report.vulnerabilities).toEqual([]);
    expect(report.notEvaluated.find((n) => n.component === 'kube-apiserver')?.reason).toBe('timeout');
    expect(report.notEvaluated.find((n) => n.component === 'kubelet')?.reason).toBe('forbidden');
    expect(report.database.ageDays).toBeGreaterThan(0);
  });
});

describe('scanClusterVulnerabilities when controllers are unreadable', () => {
  it('finds add-on versions on the pods instead', () => {
    const base = kubeadmCluster();
    const snap: ClusterSnapshot = {
      ...base,
      objects: [
        ...base.objects.filter((o) => o.kind !== 'Deployment'),
        { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'ingress-nginx-controller-6f7b-x', namespace: 'ingress-nginx', ownerReferences: [{ kind: 'ReplicaSet', name: 'ingress-nginx-controller-6f7b', controller: true }] },
          spec: { containers: [{ name: 'controller', image: 'registry.k8s.io/ingress-nginx/controller:v1.11.1' }] } },
      ],
      unreadable: [{ resource: 'deployments.apps', reason: 'forbidden' }],
    };
    const r = rows(snap).filter((v) => v.component === 'ingress-nginx' && v.cveId === 'CVE-2024-7646');
    expect(r.map((v) => [v.installedVersion, v.resources[0]?.kind])).toEqual([['1.11.1', 'Pod']]);
  });
});
