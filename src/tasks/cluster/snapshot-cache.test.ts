import { describe, expect, it } from 'vitest';
import type { ClusterSnapshot } from '../../engine/inputs/cluster-snapshot.js';
import { SnapshotCache } from './snapshot-cache.js';

const snap = (n: number): ClusterSnapshot => ({ schemaVersion: 1, collectedAt: n, version: null, objects: [], kubeletConfigs: {}, unreadable: [] });

describe('SnapshotCache', () => {
  it('shares one load per task and cluster, also while it is in flight', async () => {
    const cache = new SnapshotCache();
    let loads = 0;
    const load = async () => snap(++loads);
    const [a, b] = await Promise.all([cache.get('t1', 'c1', 0, load), cache.get('t1', 'c1', 10, load)]);
    expect([a.collectedAt, b.collectedAt, loads]).toEqual([1, 1, 1]);
    expect((await cache.get('t2', 'c1', 20, load)).collectedAt).toBe(2);
    expect((await cache.get('t1', 'c2', 20, load)).collectedAt).toBe(3);
  });

  it('reloads after the time to live and after a failure', async () => {
    const cache = new SnapshotCache({ ttlMs: 1_000 });
    let loads = 0;
    await cache.get('t', 'c', 0, async () => snap(++loads));
    expect((await cache.get('t', 'c', 1_001, async () => snap(++loads))).collectedAt).toBe(2);
    await expect(cache.get('t', 'x', 0, async () => { throw new Error('down'); })).rejects.toThrow('down');
    await Promise.resolve();
    expect((await cache.get('t', 'x', 1, async () => snap(42))).collectedAt).toBe(42);
  });

  it('keeps at most maxEntries snapshots', async () => {
    const cache = new SnapshotCache({ maxEntries: 2 });
    for (const t of ['a', 'b', 'c']) await cache.get(t, 'c', 0, async () => snap(0));
    expect(cache.size).toBe(2);
  });
});
