import type { ScanType } from '../../domain/scan-types.js';
import type { ClusterStore } from '../../storage/ports.js';
import { parseClusterItemPayload, type ClusterItemPayload } from './cluster-item-payload.js';

export interface LatestClusterItem {
  readonly payload: ClusterItemPayload;
  readonly at: number;
}

/** Parsed payloads kept, measured in characters of stored JSON. */
const DEFAULT_BUDGET_CHARS = 64 * 1024 * 1024;

/**
 * Reads the newest result of a scan item. A stored result never changes once written
 * (keyed by its unit), so parsed payloads are kept in a size-bounded LRU: the lists of
 * §4 then cost one small index read per cluster and item instead of parsing megabytes
 * of JSON on every page. Stores without the ref/get pair are read directly.
 */
export class ClusterResultReader {
  private readonly cache = new Map<string, { readonly item: LatestClusterItem; readonly chars: number }>();
  private chars = 0;

  constructor(private readonly store: ClusterStore, private readonly budgetChars = DEFAULT_BUDGET_CHARS) {}

  async latest(clusterId: string, scanType: ScanType): Promise<LatestClusterItem | undefined> {
    if (this.store.latestClusterResultRef === undefined || this.store.getClusterResult === undefined) {
      const row = await this.store.latestClusterResult(clusterId, scanType);
      return row === undefined ? undefined : { payload: parseClusterItemPayload(row.payload), at: row.createdAt };
    }
    const ref = await this.store.latestClusterResultRef(clusterId, scanType);
    if (ref === undefined) return undefined;
    const hit = this.cache.get(ref.unitId);
    if (hit !== undefined) {
      this.cache.delete(ref.unitId);
      this.cache.set(ref.unitId, hit);
      return hit.item;
    }
    const row = await this.store.getClusterResult(ref.unitId);
    if (row === undefined) return undefined;
    const item = { payload: parseClusterItemPayload(row.payload), at: row.createdAt };
    this.remember(ref.unitId, item);
    return item;
  }

  /** Payloads held now (for tests and gauges). */
  get size(): number {
    return this.cache.size;
  }

  private remember(unitId: string, item: LatestClusterItem): void {
    // Re-serialising is the honest size measure of what was parsed; it is cheap next to the parse.
    const chars = JSON.stringify(item.payload).length;
    if (chars > this.budgetChars) return;
    this.cache.set(unitId, { item, chars });
    this.chars += chars;
    for (const [key, entry] of this.cache) {
      if (this.chars <= this.budgetChars) break;
      this.cache.delete(key);
      this.chars -= entry.chars;
    }
  }
}
