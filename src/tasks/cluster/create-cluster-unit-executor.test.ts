import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ClusterSnapshot } from '../../engine/inputs/cluster-snapshot.js';
import { createSecretBox } from '../../iam/secret-box.js';
import type { ClaimedUnit, ClusterRecord } from '../../storage/ports.js';
import type { ClusterConnector } from './cluster-connector.js';
import type { ClusterItemScanner } from './cluster-item-scanner.js';
import { createClusterUnitExecutor } from './create-cluster-unit-executor.js';
import { kubeconfigContextOf } from './kubeconfig-context-of.js';

const box = createSecretBox(randomBytes(32));
const SNAP: ClusterSnapshot = { schemaVersion: 1, collectedAt: 1, version: { gitVersion: 'v1.30.0' }, objects: [], kubeletConfigs: {}, unreadable: [] };
const unit: ClaimedUnit = { id: 'u1', taskId: 't1', taskType: 'cluster_scan', fileId: undefined, clusterId: 'c1', scanType: 'benchmark', attempts: 1, leaseExpiresAt: 0 };
const cluster = (sealed: string | undefined): ClusterRecord => ({
  id: 'c1', projectId: 'p', enterpriseProjectId: '0', name: 'prod', type: 'cce', version: undefined, kubeconfigSealed: sealed,
  context: 'ctx', createdAt: 0, lastScanAt: undefined,
});
const ctx = { now: 100, signal: new AbortController().signal };

function setup(collect: ClusterConnector['collect']) {
  const seen: string[] = [];
  const connector: ClusterConnector = { probe: async () => ({ version: undefined }), collect: async (ref) => { seen.push(`${ref.kubeconfig}|${ref.context}`); return collect(ref); } };
  const scanner: ClusterItemScanner = {
    scan: (s, scanType) => ({ format: 1, scanType, clusterVersion: s.version?.gitVersion ?? null, nodes: { total: 0, ready: 0 }, risks: [], vulnerabilities: [] }),
  };
  return { seen, executor: createClusterUnitExecutor({ secretBox: box, connector, scanner }) };
}

describe('cluster unit executor', () => {
  it('opens the kubeconfig with the cluster binding and stores the scanner result', async () => {
    const { seen, executor } = setup(async () => SNAP);
    const out = await executor.execute({ kind: 'cluster', unit, cluster: cluster(box.seal('KC', kubeconfigContextOf('c1'))), scanType: 'benchmark' }, ctx);
    expect(seen).toEqual(['KC|ctx']);
    expect(out).toEqual({ status: 'success', clusterResult: { format: 1, scanType: 'benchmark', clusterVersion: 'v1.30.0', nodes: { total: 0, ready: 0 }, risks: [], vulnerabilities: [] } });
  });

  it('fails with readable reasons: no kubeconfig, one sealed for another cluster, an unreachable server', async () => {
    const { executor } = setup(async () => { throw new Error('Cannot reach the API server https://10.1.1.1: timeout'); });
    const run = (sealed: string | undefined) => executor.execute({ kind: 'cluster', unit, cluster: cluster(sealed), scanType: 'benchmark' }, ctx);
    expect(await run(undefined)).toEqual({ status: 'failed', failedReason: 'the cluster has no stored kubeconfig' });
    expect((await run(box.seal('KC', kubeconfigContextOf('c2')))).failedReason).toContain('cannot be decrypted');
    const down = await run(box.seal('KC', kubeconfigContextOf('c1')));
    expect(down).toEqual({ status: 'failed', failedReason: 'cluster could not be read: Cannot reach the API server https://10.1.1.1: timeout' });
  });
});

describe('cluster unit executor on shutdown', () => {
  it('gives the unit up when the worker aborts during a slow collection', async () => {
    const { executor } = setup(() => new Promise<ClusterSnapshot>(() => undefined));
    const abort = new AbortController();
    const run = executor.execute({ kind: 'cluster', unit, cluster: cluster(box.seal('KC', kubeconfigContextOf('c1'))), scanType: 'benchmark' }, { now: 1, signal: abort.signal });
    abort.abort();
    expect(await run).toEqual({ status: 'failed', failedReason: 'cluster could not be read: scan was interrupted' });
  });
});
