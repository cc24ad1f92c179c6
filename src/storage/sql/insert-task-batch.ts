import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import { sql } from 'kysely';
import type { NewTask } from '../ports.js';
import type { CoreTables, TaskResourcesTable, TasksTable, WorkUnitsTable } from './core-tables.js';
import { scanMaskOf } from './scan-mask.js';
import type { TaskCountKey } from './task-counts.js';
import { bumpDayCount, bumpTaskCount, dayOf } from './task-counts.js';
import type { SqlDialectName } from './sql-database.js';
import { allocateTaskRowids } from './task-scopes.js';
import { foldText } from './text-match.js';
import { addNameGrams } from './name-grams.js';

// Both dialects cap bound parameters per statement (SQLite 32,766; PostgreSQL 65,535).
const ROWS_PER_INSERT = 400;

/**
 * Inserts tasks with their resources, work units and count rows. Runs inside the
 * caller's write transaction so a task never exists without its units.
 */
export async function insertTaskBatch(trx: Kysely<CoreTables>, dialect: SqlDialectName, tasks: readonly NewTask[]): Promise<void> {
  const rowids = dialect === 'sqlite' ? await allocateTaskRowids(trx, tasks) : undefined;
  const taskRows: Insertable<TasksTable>[] = [];
  const resourceRows: Insertable<TaskResourcesTable>[] = [];
  const unitRows: Insertable<WorkUnitsTable>[] = [];
  const counts = new Map<string, { key: TaskCountKey; n: number; last: number }>();
  const dayCounts = new Map<string, { key: TaskCountKey; day: number; n: number }>();
  const dayTotals = new Map<string, { project_id: string; type: string; ep_id: string; day: number; n: number }>();
  tasks.forEach((task, index) => {
    const scanTypes = task.cluster?.scanTypes ?? [];
    const unitsPerResource = task.type === 'cluster_scan' ? scanTypes.length : 1;
    const preset = task.preset;
    const status = preset?.status ?? 'ready';
    const resourceTotal = preset?.resourceTotal ?? task.resources.length;
    const unitsTotal = resourceTotal * unitsPerResource;
    const row: Insertable<TasksTable> = {
      ...(rowids === undefined ? {} : { rowid: rowids[index] }),
      id: task.id,
      project_id: task.projectId,
      ep_id: task.enterpriseProjectId,
      type: task.type,
      name: task.name,
      name_fold: foldText(task.name),
      trigger_type: task.triggerType,
      status,
      created_at: task.createdAt,
      started_at: status === 'ready' ? null : task.createdAt,
      finished_at: status === 'finished' ? (preset?.finishedAt ?? task.createdAt) : null,
      file_type: task.iac?.fileType ?? '',
      scan_mask: scanMaskOf(scanTypes),
      scan_types: scanTypes.join(','),
      range_type: task.cluster?.rangeType ?? '',
      resource_total: resourceTotal,
      resource_success: preset?.success ?? 0,
      resource_failed: preset?.failed ?? 0,
      units_total: unitsTotal,
      units_done: preset === undefined ? 0 : status === 'finished' ? unitsTotal : Math.min(unitsTotal, (preset.success + preset.failed) * unitsPerResource),
    };
    taskRows.push(row);
    const key: TaskCountKey = {
      project_id: task.projectId, ep_id: task.enterpriseProjectId, type: task.type, status,
      trigger_type: task.triggerType, file_type: row.file_type ?? '', scan_mask: row.scan_mask ?? 0,
    };
    const keyText = JSON.stringify(key);
    const c = counts.get(keyText);
    if (c === undefined) counts.set(keyText, { key, n: 1, last: task.createdAt });
    else { c.n += 1; c.last = Math.max(c.last, task.createdAt); }
    const day = dayOf(task.createdAt);
    const dayKey = `${keyText}|${day}`;
    const d = dayCounts.get(dayKey);
    if (d === undefined) dayCounts.set(dayKey, { key, day, n: 1 });
    else d.n += 1;
    const totalKey = JSON.stringify([task.projectId, task.type, task.enterpriseProjectId, day]);
    const dt = dayTotals.get(totalKey);
    if (dt === undefined) dayTotals.set(totalKey, { project_id: task.projectId, type: task.type, ep_id: task.enterpriseProjectId, day, n: 1 });
    else dt.n += 1;
    task.resources.forEach((res, seq) => {
      resourceRows.push({
        task_id: task.id, seq, resource_id: res.resourceId, name: res.name, name_fold: foldText(res.name),
        file_type: res.fileType ?? null, chart_name: res.chartName ?? null, size: res.size ?? null,
        cluster_type: res.clusterType ?? null, cluster_version: res.clusterVersion ?? null,
        status: preset?.status === 'finished' ? (seq < preset.success ? 'success' : 'failed') : 'scanning',
        failed_reason: null, started_at: null, finished_at: null, units_total: unitsPerResource,
      });
      if (preset !== undefined) return;
      const items: (string | null)[] = task.type === 'cluster_scan' ? [...scanTypes] : [null];
      for (const scanType of items) {
        unitRows.push({
          id: randomUUID(), task_id: task.id, resource_seq: seq, task_type: task.type,
          file_id: task.type === 'iac_scan' ? res.resourceId : null,
          cluster_id: task.type === 'cluster_scan' ? res.resourceId : null,
          scan_type: scanType, state: 'pending', result_status: null, failed_reason: null,
          lease_owner: null, lease_expires_at: null, enqueued_at: task.createdAt, started_at: null, finished_at: null,
        });
      }
    });
  });
  for (let i = 0; i < taskRows.length; i += ROWS_PER_INSERT) await trx.insertInto('tasks').values(taskRows.slice(i, i + ROWS_PER_INSERT)).execute();
  if (rowids !== undefined) await addNameGrams(trx, taskRows.map((r, i) => ({ rowid: rowids[i]!, nameFold: r.name_fold })));
  for (let i = 0; i < resourceRows.length; i += ROWS_PER_INSERT) await trx.insertInto('task_resources').values(resourceRows.slice(i, i + ROWS_PER_INSERT)).execute();
  for (let i = 0; i < unitRows.length; i += ROWS_PER_INSERT) await trx.insertInto('work_units').values(unitRows.slice(i, i + ROWS_PER_INSERT)).execute();
  for (const { key, n, last } of counts.values()) await bumpTaskCount(trx, key, n, last);
  for (const { key, day, n } of dayCounts.values()) await bumpDayCount(trx, key, day, n);
  for (const row of dayTotals.values()) {
    await trx.insertInto('task_day_totals').values(row)
      .onConflict((oc) => oc.columns(['project_id', 'type', 'day', 'ep_id']).doUpdateSet({ n: sql<number>`task_day_totals.n + ${row.n}` }))
      .execute();
  }
}
