import type { ClusterSnapshot } from '../../engine/inputs/cluster-snapshot.js';

export interface SnapshotCacheOptions {
  /** How long a snapshot serves later units of the same task and cluster. */
  readonly ttlMs?: number;
  /** Snapshots kept at once (they can be large); the oldest goes first. */
  readonly maxEntries?: number;
}

/**
 * One collection per task and cluster: the units of a task's scan items (up to three)
 * usually run back to back, and each would otherwise read the whole cluster again.
 * Keyed by task so a new task always sees the cluster as it is now. Concurrent units
 * share one in-flight collection; a failed collection is not cached, so a retry reads again.
 */
export class SnapshotCache {
  private readonly entries = new Map<string, { readonly at: number; readonly value: Promise<ClusterSnapshot> }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;

  constructor(options: SnapshotCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 5 * 60_000;
    this.maxEntries = options.maxEntries ?? 4;
  }

  get(taskId: string, clusterId: string, now: number, load: () => Promise<ClusterSnapshot>): Promise<ClusterSnapshot> {
    for (const [k, e] of this.entries) if (now - e.at > this.ttlMs || e.at > now) this.entries.delete(k);
    const key = `${taskId}\u0000${clusterId}`;
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit.value;
    const value = load();
    this.entries.set(key, { at: now, value });
    value.catch(() => { if (this.entries.get(key)?.value === value) this.entries.delete(key); });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done === true) break;
      this.entries.delete(oldest.value);
    }
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
