import { describe, expect, it } from 'vitest';
import { kubeadmCluster } from '../../../../test/fixtures/clusters/kubeadm-cluster.js';
import type { ClusterSnapshot } from '../../inputs/cluster-snapshot.js';
import { BUNDLED_VULN_DB } from '../../vulndb/bundled-vuln-db.js';
import { writeClusterSarif } from '../report/write-cluster-sarif.js';
import { writeClusterTable } from '../report/write-cluster-table.js';
import { scanCluster } from '../scan-cluster.js';

const NOW = Date.parse('2026-12-04T00:00:00Z');

/** The kubeadm fixture with annotations added to the shop/web Deployment (or its pod template). */
function annotatedWeb(annotations: Record<string, string>, where: 'object' | 'template' = 'object'): ClusterSnapshot {
  const snapshot = structuredClone(kubeadmCluster());
  const web = snapshot.objects.find((o) => o['kind'] === 'Deployment' && (o['metadata'] as { name?: string; namespace?: string } | undefined)?.name === 'web');
  if (web === undefined) throw new Error('fixture changed: no Deployment shop/web');
  const holder = where === 'object' ? web : ((web['spec'] as Record<string, Record<string, unknown>>)['template'] as Record<string, unknown>);
  const metadata = (holder['metadata'] ??= {}) as Record<string, unknown>;
  metadata['annotations'] = { ...(metadata['annotations'] as object | undefined), ...annotations };
  return snapshot;
}

const risksOf = (snapshot: ClusterSnapshot, now = NOW) =>
  scanCluster(snapshot, { now, vulnDb: BUNDLED_VULN_DB, scanTypes: ['risk_assessment'] }).risks.filter((r) => r.resource.namespace === 'shop' && r.resource.name === 'web' && r.resource.kind === 'Deployment');

describe('annotation suppressions on live objects', () => {
  it('marks (never drops) the risks an annotation waives, leaving the others untouched', () => {
    const plain = risksOf(kubeadmCluster());
    expect(plain.some((r) => r.rule_id === 'BW-K8S-002')).toBe(true);
    expect(plain.every((r) => !r.suppressed && r.suppression === null)).toBe(true);

    const waived = risksOf(annotatedWeb({ 'bulwark.io/ignore': 'BW-K8S-002 legacy image needs it until=2027-03-01' }));
    expect(waived.map((r) => r.rule_id)).toEqual(plain.map((r) => r.rule_id));
    const privEsc = waived.find((r) => r.rule_id === 'BW-K8S-002');
    expect(privEsc).toMatchObject({
      suppressed: true,
      suppression: { source: 'annotation', rule_ref: 'BW-K8S-002', reason: 'legacy image needs it', expires: '2027-03-01' },
    });
    expect(waived.filter((r) => r.rule_id !== 'BW-K8S-002').every((r) => !r.suppressed)).toBe(true);
  });

  it('understands peer annotation forms, on the object and on its pod template', () => {
    const polaris = risksOf(annotatedWeb({ 'polaris.fairwinds.com/exempt': 'true' }));
    expect(polaris.length).toBeGreaterThan(0);
    expect(polaris.every((r) => r.suppressed && r.suppression?.rule_ref === '*')).toBe(true);

    const linter = risksOf(annotatedWeb({ 'kube-linter.io/ignore-all': 'vendor chart' }, 'template'));
    expect(linter.every((r) => r.suppressed && r.suppression?.reason === 'vendor chart')).toBe(true);
  });

  it('stops waiving after the expiry date', () => {
    const snapshot = annotatedWeb({ 'bulwark.io/ignore': 'BW-K8S-002 temporary until=2026-12-31' });
    expect(risksOf(snapshot, Date.parse('2026-12-31T12:00:00Z')).find((r) => r.rule_id === 'BW-K8S-002')?.suppressed).toBe(true);
    expect(risksOf(snapshot, Date.parse('2027-01-01T00:00:01Z')).find((r) => r.rule_id === 'BW-K8S-002')?.suppressed).toBe(false);
  });

  it('does not let an annotation on one object waive findings of another', () => {
    const doc = scanCluster(annotatedWeb({ 'kube-linter.io/ignore-all': 'x' }), { now: NOW, vulnDb: BUNDLED_VULN_DB, scanTypes: ['risk_assessment'] });
    const others = doc.risks.filter((r) => !(r.resource.namespace === 'shop' && r.resource.name === 'web' && r.resource.kind === 'Deployment'));
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((r) => !r.suppressed)).toBe(true);
  });

  it('shows the waiver in the table and as an accepted SARIF suppression', () => {
    const doc = scanCluster(annotatedWeb({ 'bulwark.io/ignore': 'BW-K8S-002 reviewed' }), { now: NOW, vulnDb: BUNDLED_VULN_DB, scanTypes: ['risk_assessment'] });
    expect(writeClusterTable(doc)).toMatch(/BW-K8S-002 +Deployment\/shop\/web: .*\[suppressed by BW-K8S-002\]/);
    const sarif = JSON.parse(writeClusterSarif(doc, '0.0.0', [])) as { runs: Array<{ results: Array<{ ruleId: string; suppressions?: unknown[] }> }> };
    const results = sarif.runs[0]!.results;
    expect(results.filter((r) => r.suppressions !== undefined)).toEqual([
      expect.objectContaining({ ruleId: 'BW-K8S-002', suppressions: [{ kind: 'inSource', status: 'accepted', justification: 'reviewed' }] }),
    ]);
  });
});
