import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DataScope, TaskListFilter } from '../ports.js';
import type { CoreTables } from './core-tables.js';
import { readInt } from './row-readers.js';
import { scanMaskOf, supersetMasks } from './scan-mask.js';

/**
 * Per-UTC-day task counts for a filter without id/name (the day tables carry every other
 * filter column). The unfiltered case reads task_day_totals, one row per day and EP,
 * instead of aggregating every filter combination in task_day_counts.
 */
export async function dayCountsOf(
  db: Kysely<CoreTables>, scope: DataScope, f: TaskListFilter, days: { from?: number; to?: number } = {},
): Promise<{ day: number; n: number }[]> {
  const byFile = f.fileType !== undefined && f.type === 'iac_scan';
  const byScan = f.scanTypes !== undefined && f.scanTypes.length > 0 && f.type === 'cluster_scan';
  const unfiltered = f.triggerType === undefined && f.status === undefined && !byFile && !byScan;
  const rows = unfiltered
    ? await db
      .selectFrom('task_day_totals')
      .select(['day', sql<number>`sum(n)`.as('n')])
      .where('project_id', '=', scope.projectId)
      .where('type', '=', f.type)
      .$if(days.from !== undefined, (q) => q.where('day', '>=', days.from!))
      .$if(days.to !== undefined, (q) => q.where('day', '<=', days.to!))
      .$if(scope.eps !== '*', (q) => q.where('ep_id', 'in', scope.eps as readonly string[]))
      .groupBy('day')
      .orderBy('day', f.sortDir)
      .execute()
    : await db
      .selectFrom('task_day_counts')
      .select(['day', sql<number>`sum(n)`.as('n')])
      .where('project_id', '=', scope.projectId)
      .where('type', '=', f.type)
      .$if(days.from !== undefined, (q) => q.where('day', '>=', days.from!))
      .$if(days.to !== undefined, (q) => q.where('day', '<=', days.to!))
      .$if(scope.eps !== '*', (q) => q.where('ep_id', 'in', scope.eps as readonly string[]))
      .$if(f.triggerType !== undefined, (q) => q.where('trigger_type', '=', f.triggerType!))
      .$if(f.status !== undefined, (q) => q.where('status', '=', f.status!))
      .$if(byFile, (q) => q.where('file_type', '=', f.fileType!))
      .$if(byScan, (q) => q.where('scan_mask', 'in', supersetMasks(scanMaskOf(f.scanTypes!))))
      .groupBy('day')
      .orderBy('day', f.sortDir)
      .execute();
  return rows.map((r) => ({ day: r.day, n: readInt(r as unknown as Record<string, unknown>, 'n') }));
}
