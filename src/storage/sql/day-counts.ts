import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DataScope, TaskListFilter } from '../ports.js';
import type { CoreTables } from './core-tables.js';
import { readInt } from './row-readers.js';
import { scanMaskOf, supersetMasks } from './scan-mask.js';
import { DAY_MS } from './task-counts.js';

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

/**
 * A time-bounded total without id/name filter: whole UTC days inside the bounds come
 * from the day count tables; only the rows of the (at most two) partial days at the edges
 * are counted.
 */
export async function countTimeRangeOf(store: { db: Kysely<CoreTables>; count: (f: TaskListFilter) => Promise<number> }, scope: DataScope, f: TaskListFilter): Promise<number> {
  const firstFull = f.createdFrom === undefined ? undefined : Math.ceil(f.createdFrom / DAY_MS);
  const lastFull = f.createdTo === undefined ? undefined : Math.floor((f.createdTo + 1) / DAY_MS) - 1;
  if (firstFull !== undefined && lastFull !== undefined && firstFull > lastFull) return store.count(f);
  const days = await dayCountsOf(store.db, scope, f, { ...(firstFull === undefined ? {} : { from: firstFull }), ...(lastFull === undefined ? {} : { to: lastFull }) });
  let total = days.reduce((sum, d) => sum + d.n, 0);
  if (firstFull !== undefined && f.createdFrom! < firstFull * DAY_MS) total += await store.count({ ...f, createdTo: firstFull * DAY_MS - 1 });
  if (lastFull !== undefined && f.createdTo! >= (lastFull + 1) * DAY_MS) total += await store.count({ ...f, createdFrom: (lastFull + 1) * DAY_MS });
  return total;
}
