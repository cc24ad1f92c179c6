import { readFile, stat } from 'node:fs/promises';
import { BulwarkError } from '../../domain/errors.js';
import type { ClusterSnapshot } from '../../engine/inputs/cluster-snapshot.js';
import { parseClusterSnapshot } from './parse-cluster-snapshot.js';

// JSON.parse needs the whole text in memory; refuse files that could exhaust the process.
const MAX_BYTES = 1024 * 1024 * 1024;

export async function readSnapshotFile(path: string): Promise<ClusterSnapshot> {
  let text: string;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new BulwarkError('invalid_parameter', `Invalid parameter: snapshot ${path} is not a file`, { field: 'snapshot' });
    if (info.size > MAX_BYTES) throw new BulwarkError('invalid_parameter', `Invalid parameter: snapshot ${path} is larger than 1 GiB`, { field: 'snapshot' });
    text = await readFile(path, 'utf8');
  } catch (err) {
    if (err instanceof BulwarkError) throw err;
    throw new BulwarkError('invalid_parameter', `Invalid parameter: snapshot ${path} cannot be read: ${(err as Error).message}`, { field: 'snapshot', cause: err });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new BulwarkError('invalid_parameter', `Invalid cluster snapshot: ${path} is not JSON (${(err as Error).message})`, { field: 'snapshot', cause: err });
  }
  return parseClusterSnapshot(json);
}
