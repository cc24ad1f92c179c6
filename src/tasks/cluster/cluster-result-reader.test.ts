import { describe, expect, it } from 'vitest';
import type { ScanType } from '../../domain/scan-types.js';
import type { ClusterStore } from '../../storage/ports.js';
import type { ClusterItemPayload } from './cluster-item-payload.js';
import { ClusterResultReader } from './cluster-result-reader.js';

const payload = (version: string): ClusterItemPayload => ({ format: 1, scanType: 'benchmark', clusterVersion: version, nodes: { total: 1, ready: 1 }, risks: [], vulnerabilities: [] });

/** An in-memory store holding results by unit; counts payload reads. */
function memoryStore(withRefs: boolean) {
  const rows: Array<{ unitId: string; clusterId: string; scanType: ScanType; payload: unknown; createdAt: number }> = [];
  let payloadReads = 0;
  const newest = (clusterId: string, scanType: ScanType) =>
    rows.filter((r) => r.clusterId === clusterId && r.scanType === scanType).sort((a, b) => b.createdAt - a.createdAt)[0];
  const store = {
    async latestClusterResult(clusterId: string, scanType: ScanType) {
      payloadReads++;
      const r = newest(clusterId, scanType);
      return r === undefined ? undefined : { payload: r.payload, createdAt: r.createdAt };
    },
    ...(withRefs ? {
      async latestClusterResultRef(clusterId: string, scanType: ScanType) {
        const r = newest(clusterId, scanType);
        return r === undefined ? undefined : { unitId: r.unitId, createdAt: r.createdAt };
      },
      async getClusterResult(unitId: string) {
        payloadReads++;
        const r = rows.find((x) => x.unitId === unitId);
        return r === undefined ? undefined : { payload: r.payload, createdAt: r.createdAt };
      },
    } : {}),
  } as unknown as ClusterStore;
  return { store, rows, reads: () => payloadReads };
}

describe('ClusterResultReader', () => {
  it('parses a result once and follows newer results', async () => {
    const m = memoryStore(true);
    const reader = new ClusterResultReader(m.store);
    expect(await reader.latest('c', 'benchmark')).toBeUndefined();
    m.rows.push({ unitId: 'u1', clusterId: 'c', scanType: 'benchmark', payload: payload('v1'), createdAt: 1 });
    expect((await reader.latest('c', 'benchmark'))?.payload.clusterVersion).toBe('v1');
    expect((await reader.latest('c', 'benchmark'))?.at).toBe(1);
    expect(m.reads()).toBe(1);
    m.rows.push({ unitId: 'u2', clusterId: 'c', scanType: 'benchmark', payload: payload('v2'), createdAt: 2 });
    expect((await reader.latest('c', 'benchmark'))?.payload.clusterVersion).toBe('v2');
    expect(m.reads()).toBe(2);
  });

  it('keeps within its budget and reads stores without refs directly', async () => {
    const m = memoryStore(true);
    const size = JSON.stringify(payload('v0')).length;
    const reader = new ClusterResultReader(m.store, size * 2);
    for (let i = 0; i < 5; i++) {
      m.rows.push({ unitId: `u${i}`, clusterId: `c${i}`, scanType: 'benchmark', payload: payload(`v${i}`), createdAt: i });
      await reader.latest(`c${i}`, 'benchmark');
    }
    expect(reader.size).toBe(2);
    const plain = memoryStore(false);
    plain.rows.push({ unitId: 'u', clusterId: 'c', scanType: 'benchmark', payload: payload('v9'), createdAt: 9 });
    const direct = new ClusterResultReader(plain.store);
    await direct.latest('c', 'benchmark');
    await direct.latest('c', 'benchmark');
    expect([plain.reads(), direct.size]).toEqual([2, 0]);
  });

  it('reports a corrupt stored payload as a typed error', async () => {
    const m = memoryStore(true);
    m.rows.push({ unitId: 'u', clusterId: 'c', scanType: 'benchmark', payload: { format: 1 }, createdAt: 1 });
    await expect(new ClusterResultReader(m.store).latest('c', 'benchmark')).rejects.toThrow(/malformed/);
  });
});
