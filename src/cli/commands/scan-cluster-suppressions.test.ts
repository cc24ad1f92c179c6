import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeKubeApi, type FakeKubeApi } from '../../../test/fake-kube-api/fake-kube-api-server.js';
import { kubeadmCluster } from '../../../test/fixtures/clusters/kubeadm-cluster.js';
import type { ClusterScanDocument } from '../../engine/cluster/cluster-scan-document.js';
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
});
