import { describe, expect, it } from 'vitest';
import { kubeadmCluster } from '../../../test/fixtures/clusters/kubeadm-cluster.js';
import type { ClusterSnapshot } from '../../engine/inputs/cluster-snapshot.js';
import { BUNDLED_VULN_DB } from '../../engine/vulndb/bundled-vuln-db.js';
import { createEngineClusterItemScanner } from './create-engine-cluster-item-scanner.js';

const NOW = Date.parse('2026-12-04T00:00:00Z');

function withAnnotation(key: string, value: string): ClusterSnapshot {
  const snapshot = structuredClone(kubeadmCluster());
  const web = snapshot.objects.find((o) => o['kind'] === 'Deployment' && (o['metadata'] as { name?: string } | undefined)?.name === 'web');
  if (web === undefined) throw new Error('fixture changed: no Deployment shop/web');
  const metadata = web['metadata'] as Record<string, unknown>;
  metadata['annotations'] = { ...(metadata['annotations'] as object | undefined), [key]: value };
  return snapshot;
}

describe('engine cluster item scanner: waived risks', () => {
  const scanner = createEngineClusterItemScanner({ vulnDb: BUNDLED_VULN_DB });
  const webIn = (snapshot: ClusterSnapshot, ruleId: string) => scanner.scan(snapshot, 'risk_assessment', NOW).risks
    .find((r) => r.id === ruleId)?.resources.filter((r) => r.kind === 'Deployment' && r.namespace === 'shop' && r.name === 'web') ?? [];

  it('keeps a risk waived by an annotation on the live object out of the stored results, like IaC findings', () => {
    expect(webIn(kubeadmCluster(), 'BW-K8S-002')).toHaveLength(1);
    expect(webIn(withAnnotation('bulwark.io/ignore', 'BW-K8S-002 accepted'), 'BW-K8S-002')).toEqual([]);
    // A waiver for another rule changes nothing for this one.
    expect(webIn(withAnnotation('bulwark.io/ignore', 'BW-K8S-039'), 'BW-K8S-002')).toHaveLength(1);
  });
});
