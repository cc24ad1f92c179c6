import type { ScanType } from '../../domain/scan-types.js';
import { SCAN_TYPES } from '../../domain/scan-types.js';

/** Scan items as bits, so "includes all of" is `mask & wanted = wanted` and counts can be keyed by it. */
export function scanMaskOf(scanTypes: readonly ScanType[]): number {
  let mask = 0;
  for (const t of scanTypes) mask |= 1 << SCAN_TYPES.indexOf(t);
  return mask;
}

/** Every mask (1..7) that includes all bits of `wanted`. */
export function supersetMasks(wanted: number): number[] {
  const out: number[] = [];
  for (let m = 0; m < 1 << SCAN_TYPES.length; m++) if ((m & wanted) === wanted) out.push(m);
  return out;
}
