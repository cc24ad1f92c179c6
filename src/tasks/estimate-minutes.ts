import type { TaskType } from '../domain/scan-types.js';
import type { EstimateInputs, TaskRecord } from '../storage/ports.js';

/** Assumed unit durations until one unit of the type has been measured. */
export const DEFAULT_UNIT_MS: Readonly<Record<TaskType, number>> = { iac_scan: 2_000, cluster_scan: 60_000 };

/**
 * estimated_time in whole minutes:
 *
 *   ceil( remaining units × mean unit duration (ms) of the task type
 *         ÷ max(1, live worker concurrency) ÷ 60,000 )
 *
 * `remaining units` = units of this task not yet done; the mean is measured over every
 * finished unit of the type (DEFAULT_UNIT_MS before the first); live concurrency is the
 * summed concurrency of workers that reported within the lease window. With no live
 * worker we still divide by one: the estimate then says how long the work takes once a
 * worker starts, rather than being infinite. 0 once the task is finished.
 */
export function estimateMinutes(task: Pick<TaskRecord, 'type' | 'status' | 'remainingUnits'>, inputs: EstimateInputs): number {
  if (task.status === 'finished' || task.remainingUnits <= 0) return 0;
  const mean = inputs.meanUnitMs[task.type] ?? DEFAULT_UNIT_MS[task.type];
  const concurrency = Math.max(1, inputs.liveConcurrency);
  return Math.ceil((task.remainingUnits * mean) / concurrency / 60_000);
}
