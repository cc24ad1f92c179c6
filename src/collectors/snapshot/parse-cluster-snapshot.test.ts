import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eksCluster } from '../../../test/fixtures/clusters/eks-cluster.js';
import { parseClusterSnapshot } from './parse-cluster-snapshot.js';
import { readSnapshotFile } from './read-snapshot-file.js';
import { writeSnapshotFile } from './write-snapshot-file.js';

const good = () => JSON.parse(JSON.stringify(eksCluster())) as Record<string, unknown> & { objects: Record<string, unknown>[] };

describe('cluster snapshot files', () => {
  it('round-trips through a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bulwark-snap-'));
    await writeSnapshotFile(join(dir, 's.json'), eksCluster());
    expect(await readSnapshotFile(join(dir, 's.json'))).toEqual(eksCluster());
  });

  it.each<[string, (s: ReturnType<typeof good>) => unknown, RegExp]>([
    ['an array', () => [], /\$ must be a JSON object/],
    ['another schema version', (s) => ({ ...s, schemaVersion: 2 }), /schemaVersion must be 1 \(got 2\)/],
    ['a string time', (s) => ({ ...s, collectedAt: 'yesterday' }), /collectedAt must be epoch milliseconds/],
    ['a bad version', (s) => ({ ...s, version: { major: '1' } }), /version must be null or \{gitVersion: string\}/],
    ['an object without kind', (s) => { delete s.objects[3]!.kind; return s; }, /objects\[3\]\.kind/],
    ['an object without name', (s) => { s.objects[0]!.metadata = {}; return s; }, /objects\[0\]\.metadata\.name/],
    ['bad unreadable', (s) => ({ ...s, unreadable: [{ resource: 'pods' }] }), /unreadable\[0\]/],
    ['bad kubelet configs', (s) => ({ ...s, kubeletConfigs: { n: 3 } }), /kubeletConfigs\.n must be an object/],
  ])('rejects %s with a located message', (_name, mutate, message) => {
    expect(() => parseClusterSnapshot(mutate(good()))).toThrow(message);
  });

  it('reports non-JSON and missing files clearly', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bulwark-snap-'));
    await writeFile(join(dir, 'bad.json'), '{"schemaVersion": 1,');
    await expect(readSnapshotFile(join(dir, 'bad.json'))).rejects.toThrow(/bad\.json is not JSON/);
    await expect(readSnapshotFile(join(dir, 'none.json'))).rejects.toThrow(/none\.json cannot be read/);
    await expect(readSnapshotFile(dir)).rejects.toThrow(/is not a file/);
  });
});
