import type { ClusterItemPayload } from './cluster-item-payload.js';

/**
 * Dates each (risk, resource) pair of a new result: kept from the previous result of the
 * same item when the pair was already there, else the time of this scan.
 */
export function carryFirstSeen(next: ClusterItemPayload, previous: ClusterItemPayload | undefined, now: number): ClusterItemPayload {
  const before = new Map<string, number>();
  for (const risk of previous?.risks ?? []) {
    for (const r of risk.resources) before.set(`${risk.id}\u0000${r.uid}`, r.firstSeenAt);
  }
  return {
    ...next,
    risks: next.risks.map((risk) => ({
      ...risk,
      resources: risk.resources.map((r) => ({ ...r, firstSeenAt: before.get(`${risk.id}\u0000${r.uid}`) ?? now })),
    })),
  };
}
