import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeKubeApi, type FakeKubeApi } from '../../../test/fake-kube-api/fake-kube-api-server.js';
import { kubeadmCluster } from '../../../test/fixtures/clusters/kubeadm-cluster.js';
import { writeSnapshotFile } from '../../collectors/snapshot/write-snapshot-file.js';
import type { ClusterScanDocument } from '../../engine/cluster/cluster-scan-document.js';
import { deployment, obj, snapshotOf } from '../../engine/cluster/testing/snapshot-of.js';
import { runCli } from '../testing/run-cli.js';

let dir: string;
let api: FakeKubeApi;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bulwark-scan-cluster-suppress-'));
  const snapshot = structuredClone(kubeadmCluster());
  const web = snapshot.objects.find((o) => o['kind'] === 'Deployment' && (o['metadata'] as { name?: string } | undefined)?.name === 'web');
  if (web === undefined) throw new Error('fixture changed: no Deployment shop/web');
  const metadata = web['metadata'] as Record<string, unknown>;
  metadata['annotations'] = { ...(metadata['annotations'] as object | undefined), 'checkov.io/skip1': 'CKV_K8S_20=reviewed by platform team', 'bulwark.io/ignore': 'BW-K8S-039,BW-K8S-040 pinned by the registry until=2099-01-01' };
  api = await startFakeKubeApi({ snapshot });
  await writeFile(join(dir, 'kubeconfig'), api.kubeconfig({ contextName: 'annotated' }));
});
afterAll(async () => {
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

describe('bulwark scan-cluster and annotations on live objects', () => {
  it('marks the waived risks of the annotated Deployment as suppressed in the JSON document', async () => {
    const run = await runCli(['scan-cluster', '--kubeconfig', join(dir, 'kubeconfig'), '--scan-types', 'risk_assessment', '--format', 'json', '--data-dir', join(dir, 'no-data')]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as ClusterScanDocument;
    const web = doc.risks.filter((r) => r.resource.kind === 'Deployment' && r.resource.namespace === 'shop' && r.resource.name === 'web');
    // checkov's id is an alias of BW-K8S-002; the bulwark form names our ids, with an expiry.
    expect(web.find((r) => r.rule_id === 'BW-K8S-002')).toMatchObject({
      suppressed: true, suppression: { source: 'annotation', rule_ref: 'checkov:CKV_K8S_20', reason: 'reviewed by platform team', expires: null },
    });
    for (const id of ['BW-K8S-039', 'BW-K8S-040']) {
      expect(web.find((r) => r.rule_id === id)).toMatchObject({
        suppressed: true, suppression: { source: 'annotation', rule_ref: id, reason: 'pinned by the registry', expires: '2099-01-01' },
      });
    }
    // Marked, not dropped; the rest of the Deployment's risks stay active.
    expect(web.filter((r) => r.suppressed).length).toBe(3);
    expect(web.filter((r) => !r.suppressed).length).toBeGreaterThan(10);
    expect(doc.risks.filter((r) => !(r.resource.kind === 'Deployment' && r.resource.name === 'web')).every((r) => r.suppressed === false && r.suppression === null)).toBe(true);
  });

  it('does not count waived risks for --exit-code', async () => {
    const waived = deployment('api', 'apps');
    (waived['metadata'] as Record<string, unknown>)['annotations'] = { 'kube-linter.io/ignore-all': 'vendor chart, reviewed' };
    // The Namespace carries the waiver of the cluster rules about it; a minor newer than the
    // end-of-life table keeps the cluster-wide finding (no object to annotate) out.
    const version = { version: { gitVersion: 'v1.99.0' } };
    await writeSnapshotFile(join(dir, 'plain.json'), snapshotOf([obj('v1', 'Namespace', 'apps', undefined), deployment('api', 'apps')], version));
    await writeSnapshotFile(join(dir, 'waived.json'), snapshotOf([
      obj('v1', 'Namespace', 'apps', undefined, {}, { annotations: { 'kube-linter.io/ignore-all': 'policies come with the mesh' } }), waived,
    ], version));
    const args = (file: string) => ['scan-cluster', '--snapshot', join(dir, file), '--scan-types', 'risk_assessment', '--format', 'json', '--exit-code', '3', '--data-dir', join(dir, 'no-data')];
    const plain = await runCli(args('plain.json'));
    expect(plain.code).toBe(3);
    const run = await runCli(args('waived.json'));
    const doc = JSON.parse(run.stdout) as ClusterScanDocument;
    expect(doc.risks.length).toBe((JSON.parse(plain.stdout) as ClusterScanDocument).risks.length);
    expect(doc.risks.filter((r) => !r.suppressed).map((r) => `${r.rule_id} ${r.resource.kind}/${r.resource.name}`)).toEqual([]);
    expect(doc.risks.find((r) => r.rule_id === 'BW-CL-008')?.suppression).toMatchObject({ rule_ref: '*', reason: 'policies come with the mesh' });
    expect(run.code).toBe(0);
  });
});
