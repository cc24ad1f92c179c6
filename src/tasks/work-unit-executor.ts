import type { ScanType } from '../domain/scan-types.js';
import type { UploadedFile } from '../domain/task.js';
import type { ClaimedUnit, ClusterRecord, UnitOutcome } from '../storage/ports.js';

/** What one claimed unit needs to run, loaded from storage by the worker. */
export type WorkUnitInput =
  | { readonly kind: 'iac'; readonly unit: ClaimedUnit; readonly file: UploadedFile; readonly content: Uint8Array }
  | { readonly kind: 'cluster'; readonly unit: ClaimedUnit; readonly cluster: ClusterRecord; readonly scanType: ScanType };

export interface ExecutionContext {
  /** Epoch ms at the start of the unit. */
  readonly now: number;
  /** Aborted when the worker must give the unit up (shutdown grace exceeded, lease lost). */
  readonly signal: AbortSignal;
}

/**
 * Port: runs one unit and says how it went. Resolve with `failed` and a human-readable
 * reason when the resource cannot be scanned; findings never make a unit fail. A thrown
 * error is treated by the worker as a failed unit with the error message as reason.
 */
export interface WorkUnitExecutor {
  execute(input: WorkUnitInput, context: ExecutionContext): Promise<UnitOutcome>;
}
