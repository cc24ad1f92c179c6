import type { ClusterSnapshot } from '../../engine/inputs/cluster-snapshot.js';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Node totals for ListKubernetesClusterDetails: a node is active when its Ready condition is True. */
export function summarizeNodes(snapshot: ClusterSnapshot): { total: number; ready: number } {
  let total = 0;
  let ready = 0;
  for (const obj of snapshot.objects) {
    if (obj.kind !== 'Node') continue;
    total++;
    const status = obj.status;
    const conditions = isObj(status) && Array.isArray(status.conditions) ? status.conditions : [];
    if (conditions.some((c) => isObj(c) && c.type === 'Ready' && c.status === 'True')) ready++;
  }
  return { total, ready };
}
