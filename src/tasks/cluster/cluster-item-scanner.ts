import type { ScanType } from '../../domain/scan-types.js';
import type { ClusterSnapshot } from '../../engine/inputs/cluster-snapshot.js';
import type { ClusterItemPayload } from './cluster-item-payload.js';

/**
 * Port: runs the engine for one scan item over one snapshot and returns what is stored.
 * Pure (no I/O); `now` dates the result. Throws only when the engine itself cannot run
 * the item; findings are data, never errors.
 */
export interface ClusterItemScanner {
  scan(snapshot: ClusterSnapshot, scanType: ScanType, now: number): ClusterItemPayload;
}
