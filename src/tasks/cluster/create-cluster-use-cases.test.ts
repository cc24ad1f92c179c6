import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kubeadmCluster } from '../../../test/fixtures/clusters/kubeadm-cluster.js';
import { BulwarkError } from '../../domain/errors.js';
import type { ClusterSnapshot } from '../../engine/inputs/cluster-snapshot.js';
import { BUNDLED_VULN_DB } from '../../engine/vulndb/bundled-vuln-db.js';
import { createSecretBox } from '../../iam/secret-box.js';
import type { Storage } from '../../storage/ports.js';
import { createTaskUseCases } from '../create-task-use-cases.js';
import { runClaimedUnit } from '../run-claimed-unit.js';
import { openTestStorage, testPrincipal } from '../testing/open-test-storage.js';
import type { CallScope, TaskUseCases } from '../use-cases.js';
import { parseClusterItemPayload } from './cluster-item-payload.js';
import type { ClusterConnector, KubeconfigRef } from './cluster-connector.js';
import type { ClusterUseCases } from './cluster-use-cases.js';
import { createClusterUnitExecutor } from './create-cluster-unit-executor.js';
import { createClusterUseCases } from './create-cluster-use-cases.js';
import { createEngineClusterItemScanner } from './create-engine-cluster-item-scanner.js';
import { kubeconfigContextOf } from './kubeconfig-context-of.js';

const NOW = Date.UTC(2026, 10, 2, 3, 4, 5);
const page = { offset: 0, limit: 200 };
const KUBECONFIG = 'apiVersion: v1\nkind: Config\ncurrent-context: c\n# secret-token-123\n';

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  return err instanceof BulwarkError ? err.code : undefined;
}

/** A connector over a fixed snapshot; `down` makes the cluster unreachable. */
class FakeConnector implements ClusterConnector {
  down = false;
  collects = 0;
  seen: KubeconfigRef[] = [];
  constructor(private readonly snapshot: ClusterSnapshot) {}
  async probe(ref: KubeconfigRef) {
    this.seen.push(ref);
    if (this.down) throw new BulwarkError('invalid_parameter', 'Invalid parameter: kubeconfig cannot connect to the cluster: connect ECONNREFUSED 10.0.0.1:6443', { field: 'kubeconfig' });
    return { version: 'v1.29.3' };
  }
  async collect(ref: KubeconfigRef) {
    this.seen.push(ref);
    this.collects++;
    if (this.down) throw new Error('Cannot reach the API server https://10.0.0.1:6443: connect ECONNREFUSED');
    return this.snapshot;
  }
}

describe('cluster use cases on SQLite', () => {
  let storage: Storage;
  let dispose: () => Promise<void>;
  let tasks: TaskUseCases;
  let clusters: ClusterUseCases;
  let connector: FakeConnector;
  const box = createSecretBox(randomBytes(32));
  const admin: CallScope = { principal: testPrincipal(), epParam: '0', now: NOW };

  beforeEach(async () => {
    const t = await openTestStorage();
    storage = t.storage;
    dispose = t.dispose;
    connector = new FakeConnector(kubeadmCluster());
    tasks = createTaskUseCases({ storage, liveWorkerWindowMs: 30_000 });
    clusters = createClusterUseCases({ storage, secretBox: box, connector });
  });
  afterEach(async () => dispose());

  /** What a worker does, with the real cluster executor and engine. */
  async function drain(now: number): Promise<void> {
    const executor = createClusterUnitExecutor({
      secretBox: box, connector, scanner: createEngineClusterItemScanner({ vulnDb: BUNDLED_VULN_DB }),
      previousResult: async (id, t) => {
        const row = await storage.clusters.latestClusterResult(id, t);
        return row === undefined ? undefined : parseClusterItemPayload(row.payload);
      },
    });
    for (;;) {
      const unit = await storage.queue.claim('w', now, 60_000);
      if (unit === undefined) return;
      const outcome = await runClaimedUnit(storage, executor, unit, { now, signal: new AbortController().signal });
      expect(await storage.queue.complete(unit.id, 'w', outcome, now + 1)).toBe(true);
    }
  }

  async function scanAll(clusterId: string, now: number): Promise<string> {
    const { taskId } = await tasks.createTask({ ...admin, now }, {
      taskType: 'cluster_scan', cluster: { scanTypes: ['cluster_vul', 'risk_assessment', 'benchmark'], rangeType: 'specific_cluster', clusterIds: [clusterId] },
    });
    await drain(now);
    return taskId;
  }

  it('registers after a probe, sealing the kubeconfig bound to the cluster id', async () => {
    const { clusterId } = await clusters.registerCluster(admin, { name: 'prod', type: 'self_built_idc', kubeconfig: KUBECONFIG, context: 'c' });
    expect(connector.seen).toEqual([{ kubeconfig: KUBECONFIG, context: 'c' }]);
    const stored = await storage.clusters.getCluster(clusterId);
    expect(stored?.version).toBe('v1.29.3');
    expect(stored?.enterpriseProjectId).toBe('0');
    expect(stored?.kubeconfigSealed).not.toContain('secret-token-123');
    expect(box.openText(stored!.kubeconfigSealed!, kubeconfigContextOf(clusterId))).toBe(KUBECONFIG);
    expect(() => box.openText(stored!.kubeconfigSealed!, kubeconfigContextOf('other'))).toThrow();
  });

  it('stores nothing when the cluster is unreachable, and checks the EP and the name', async () => {
    connector.down = true;
    const err = await clusters.registerCluster(admin, { name: 'prod', type: 'cce', kubeconfig: KUBECONFIG }).catch((e: unknown) => e);
    expect((err as BulwarkError).code).toBe('invalid_parameter');
    expect((err as BulwarkError).message).toContain('ECONNREFUSED');
    expect(await storage.clusters.listClusters({ projectId: 'p1', eps: '*' })).toEqual([]);
    connector.down = false;
    const limited: CallScope = { principal: testPrincipal({ enterpriseProjects: ['a'] }), epParam: 'b', now: NOW };
    expect(await codeOf(clusters.registerCluster(limited, { name: 'x', type: 'cce', kubeconfig: KUBECONFIG }))).toBe('ep_forbidden');
    expect(await codeOf(clusters.registerCluster(admin, { name: '  ', type: 'cce', kubeconfig: KUBECONFIG }))).toBe('invalid_parameter');
  });

  it('scans all three items from one collection and lists the findings', async () => {
    const { clusterId } = await clusters.registerCluster(admin, { name: 'prod', type: 'self_built_idc', kubeconfig: KUBECONFIG });
    const taskId = await scanAll(clusterId, NOW + 1_000);
    expect(connector.collects).toBe(1);

    const resources = await tasks.listTaskResources(admin, taskId, { taskType: 'cluster_scan' }, page);
    expect(resources.kind === 'cluster' && resources.page.items[0]?.status).toBe('success');
    expect(resources.kind === 'cluster' && resources.page.items[0]?.items.map((i) => [i.scanType, i.status]).sort()).toEqual([
      ['benchmark', 'success'], ['cluster_vul', 'success'], ['risk_assessment', 'success'],
    ]);

    const details = await clusters.listClusterDetails(admin, {}, page);
    const c = details.items[0]!;
    expect([details.total, c.status, c.version, c.totalNodes, c.activeNodes, c.lastScanAt]).toEqual([1, 'Available', 'v1.29.3', 3, 3, NOW + 1_001]);
    const vulns = await clusters.listClusterVulnerabilities(admin, {}, page);
    expect(c.sysVulNum + c.appVulNum).toBe(vulns.total);
    expect(c.appVulNum).toBe(vulns.items.filter((v) => ['ingress-nginx', 'coredns', 'etcd', 'containerd'].includes(v.component)).length);
    expect(c.emgVulNum).toBe(vulns.items.filter((v) => v.severity === 'critical').length);
    expect(vulns.items.some((v) => v.cveId === 'CVE-2025-1974' && v.component === 'ingress-nginx' && v.clusterName === 'prod')).toBe(true);

    const assess = await clusters.listClusterRisks(admin, { riskType: 'risk_assessment' }, page);
    const bench = await clusters.listClusterRisks(admin, { riskType: 'benchmark' }, page);
    expect([assess.total, bench.total]).toEqual([c.riskAssessNum, c.secCompNum]);
    expect(bench.items.every((r) => r.riskId.startsWith('CIS-'))).toBe(true);
    const privileged = assess.items.find((r) => r.riskId === 'BW-K8S-001');
    expect(privileged).toMatchObject({ riskLevel: 'high', severity: 'critical', riskCategory: 'node_escape', clusterId, lastScanAt: NOW + 1_001 });
    expect(privileged?.remediation).not.toBe('');

    const all = await clusters.listClusterRisks(admin, {}, page);
    expect(all.total).toBe(assess.total + bench.total);
    const high = await clusters.listClusterRisks(admin, { riskLevel: 'high' }, page);
    expect(high.items.every((r) => r.severity === 'critical' || r.severity === 'high')).toBe(true);
    expect((await clusters.listClusterRisks(admin, { riskName: 'RUNS PRIV' }, page)).items.map((r) => r.riskId)).toContain('BW-K8S-001');
    const paged = await clusters.listClusterRisks(admin, {}, { offset: 10, limit: 10 });
    expect([paged.total, paged.items]).toEqual([all.total, all.items.slice(10, 20)]);

    const affected = await clusters.listAffectedResources(admin, { riskId: 'BW-K8S-001' }, page);
    expect(affected.total).toBe(privileged?.riskNum);
    expect(affected.items[0]).toMatchObject({ resourceName: 'kube-proxy', resourceType: 'DaemonSet', namespace: 'kube-system', firstScanAt: NOW + 1_000, lastScanAt: NOW + 1_001 });
    expect(affected.items[0]?.hitPaths).toEqual(['spec.template.spec.containers[0].securityContext.privileged']);
    expect((await clusters.listAffectedResources(admin, { riskId: 'BW-K8S-001', namespace: 'default' }, page)).total).toBe(0);
    expect((await clusters.listAffectedResources(admin, { riskId: 'CIS-1.2.1' }, page)).items[0]?.hitRule).toContain('anonymous-auth');
  });

  it('keeps first-seen times across scans and reads the newest result', async () => {
    const { clusterId } = await clusters.registerCluster(admin, { name: 'prod', type: 'self_built_idc', kubeconfig: KUBECONFIG });
    await scanAll(clusterId, NOW + 1_000);
    await scanAll(clusterId, NOW + 60_000);
    expect(connector.collects).toBe(2);
    const affected = await clusters.listAffectedResources(admin, { riskId: 'BW-K8S-001' }, page);
    expect(affected.items[0]).toMatchObject({ firstScanAt: NOW + 1_000, lastScanAt: NOW + 60_001 });
  });

  it('fails the units of an unreachable cluster with a reason and shows it Unavailable', async () => {
    const { clusterId } = await clusters.registerCluster(admin, { name: 'prod', type: 'self_built_idc', kubeconfig: KUBECONFIG });
    await scanAll(clusterId, NOW + 1_000);
    connector.down = true;
    const taskId = await scanAll(clusterId, NOW + 60_000);
    const resources = await tasks.listTaskResources(admin, taskId, { taskType: 'cluster_scan' }, page);
    const r = resources.kind === 'cluster' ? resources.page.items[0] : undefined;
    expect(r?.status).toBe('failed');
    expect(r?.items.every((i) => i.status === 'failed' && (i.failedReason ?? '').includes('ECONNREFUSED'))).toBe(true);
    const c = (await clusters.listClusterDetails(admin, {}, page)).items[0];
    // The findings of the last successful scan stay listed.
    expect([c?.status, c?.lastScanAt, (c?.riskAssessNum ?? 0) > 0]).toEqual(['Unavailable', NOW + 1_001, true]);
  });

  it('keeps other EPs and projects out, as if the cluster did not exist', async () => {
    const inA: CallScope = { principal: testPrincipal({ enterpriseProjects: ['a', 'b'] }), epParam: 'a', now: NOW };
    const inB: CallScope = { ...inA, epParam: 'b' };
    const otherProject: CallScope = { principal: testPrincipal({ projectId: 'p2' }), epParam: 'all_granted_eps', now: NOW };
    const { clusterId } = await clusters.registerCluster(inA, { name: 'prod', type: 'cce', kubeconfig: KUBECONFIG });
    expect((await clusters.listClusterDetails(inB, {}, page)).total).toBe(0);
    expect((await clusters.listClusterDetails({ ...inA, epParam: 'all_granted_eps' }, {}, page)).total).toBe(1);
    expect((await clusters.listClusterDetails(otherProject, {}, page)).total).toBe(0);
    for (const scope of [inB, otherProject]) {
      expect(await codeOf(clusters.listClusterRisks(scope, { clusterId }, page))).toBe('not_found');
      expect(await codeOf(clusters.listAffectedResources(scope, { riskId: 'BW-K8S-001', clusterId }, page))).toBe('not_found');
      expect(await codeOf(clusters.listClusterVulnerabilities(scope, { clusterId }, page))).toBe('not_found');
      expect(await codeOf(clusters.deleteCluster(scope, clusterId))).toBe('not_found');
    }
    expect(await codeOf(clusters.deleteCluster({ ...inA, epParam: 'zz' }, clusterId))).toBe('ep_forbidden');
    await clusters.deleteCluster(inA, clusterId);
    expect((await clusters.listClusterDetails(inA, {}, page)).total).toBe(0);
    expect(await codeOf(clusters.deleteCluster(inA, clusterId))).toBe('not_found');
  });

  it('filters clusters by name and pages them', async () => {
    const names = ['prod-eu', 'prod-us', 'staging'];
    for (const [i, name] of names.entries()) await clusters.registerCluster({ ...admin, now: NOW + i }, { name, type: 'cce', kubeconfig: KUBECONFIG });
    const prod = await clusters.listClusterDetails(admin, { clusterName: 'PROD' }, { offset: 1, limit: 10 });
    expect([prod.total, prod.items.map((c) => c.name)]).toEqual([2, ['prod-us']]);
    expect(prod.items[0]).toMatchObject({ status: 'Available', totalNodes: 0, sysVulNum: 0, lastScanAt: undefined });
    expect(prod.lastUpdateTime).toBe(NOW + 1);
  });
});
