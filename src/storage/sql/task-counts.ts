import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { CoreTables } from './core-tables.js';

/** The columns a task_counts row is keyed by (everything ListTasks filters on cheaply). */
export interface TaskCountKey {
  readonly project_id: string;
  readonly ep_id: string;
  readonly type: string;
  readonly status: string;
  readonly trigger_type: string;
  readonly file_type: string;
  readonly scan_mask: number;
}

export function countKeyOf(row: TaskCountKey): TaskCountKey {
  return {
    project_id: row.project_id, ep_id: row.ep_id, type: row.type, status: row.status,
    trigger_type: row.trigger_type, file_type: row.file_type, scan_mask: row.scan_mask,
  };
}

export const DAY_MS = 86_400_000;

export function dayOf(createdAt: number): number {
  return Math.floor(createdAt / DAY_MS);
}

/** Adds `delta` tasks created on `day` under `key` in task_day_counts. */
export async function bumpDayCount(trx: Kysely<CoreTables>, key: TaskCountKey, day: number, delta: number): Promise<void> {
  await trx
    .insertInto('task_day_counts')
    .values({ ...key, day, n: delta })
    .onConflict((oc) =>
      oc.columns(['project_id', 'type', 'day', 'ep_id', 'status', 'trigger_type', 'file_type', 'scan_mask']).doUpdateSet({
        n: sql<number>`task_day_counts.n + ${delta}`,
      }),
    )
    .execute();
}

/** Adds `delta` tasks under `key`; must run in the transaction that changes the tasks. */
export async function bumpTaskCount(trx: Kysely<CoreTables>, key: TaskCountKey, delta: number, createdAt: number): Promise<void> {
  await trx
    .insertInto('task_counts')
    .values({ ...key, n: delta, last_created_at: createdAt })
    .onConflict((oc) =>
      oc.columns(['project_id', 'ep_id', 'type', 'status', 'trigger_type', 'file_type', 'scan_mask']).doUpdateSet({
        n: sql<number>`task_counts.n + ${delta}`,
        last_created_at: sql<number>`CASE WHEN task_counts.last_created_at > ${createdAt} THEN task_counts.last_created_at ELSE ${createdAt} END`,
      }),
    )
    .execute();
}

/** Moves one task from one status to another in the counts. */
export async function moveTaskCount(trx: Kysely<CoreTables>, key: TaskCountKey, toStatus: string, createdAt: number): Promise<void> {
  const clean = countKeyOf(key);
  const moved = { ...clean, status: toStatus };
  await bumpTaskCount(trx, clean, -1, createdAt);
  await bumpTaskCount(trx, moved, 1, createdAt);
  await bumpDayCount(trx, clean, dayOf(createdAt), -1);
  await bumpDayCount(trx, moved, dayOf(createdAt), 1);
}
