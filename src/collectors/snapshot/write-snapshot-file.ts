import { rename, writeFile } from 'node:fs/promises';
import type { ClusterSnapshot } from '../../engine/inputs/cluster-snapshot.js';

/** Writes atomically (temp file, then rename) so a crash never leaves half a snapshot. */
export async function writeSnapshotFile(path: string, snapshot: ClusterSnapshot): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(snapshot));
  await rename(tmp, path);
}
