import type { ClaimedUnit, Storage, UnitOutcome } from '../storage/ports.js';
import type { ExecutionContext, WorkUnitExecutor } from './work-unit-executor.js';

/** Units interrupted this many times (crashes, lost leases) are failed instead of retried forever. */
export const MAX_UNIT_ATTEMPTS = 5;

/**
 * Loads what a claimed unit needs and runs it through the executor. Never throws for a
 * unit-level problem: a missing file or cluster, a poison unit or an executor error
 * becomes a `failed` outcome with a reason. Storage errors propagate (the worker retries).
 */
export async function runClaimedUnit(storage: Storage, executor: WorkUnitExecutor, unit: ClaimedUnit, context: ExecutionContext): Promise<UnitOutcome> {
  if (unit.attempts > MAX_UNIT_ATTEMPTS) {
    return { status: 'failed', failedReason: `scan was interrupted ${unit.attempts - 1} times; giving up` };
  }
  if (unit.taskType === 'iac_scan') {
    if (unit.fileId === undefined) return { status: 'failed', failedReason: 'work unit has no file' };
    const loaded = await storage.files.getFileContent(unit.fileId);
    if (loaded === undefined) return { status: 'failed', failedReason: 'the uploaded file no longer exists' };
    return guard(() => executor.execute({ kind: 'iac', unit, file: loaded.file, content: loaded.content }, context));
  }
  if (unit.clusterId === undefined || unit.scanType === undefined) return { status: 'failed', failedReason: 'work unit has no cluster or scan item' };
  const cluster = await storage.clusters.getCluster(unit.clusterId);
  if (cluster === undefined) return { status: 'failed', failedReason: 'the cluster was deleted' };
  const scanType = unit.scanType;
  return guard(() => executor.execute({ kind: 'cluster', unit, cluster, scanType }, context));
}

async function guard(run: () => Promise<UnitOutcome>): Promise<UnitOutcome> {
  try {
    return await run();
  } catch (err) {
    return { status: 'failed', failedReason: `scan error: ${err instanceof Error ? err.message : String(err)}` };
  }
}
