import type { ExpressionBuilder, Kysely, SelectQueryBuilder } from 'kysely';
import { sql } from 'kysely';
import type { Page, PageRequest } from '../../domain/page.js';
import { RESOURCE_STATUSES, SCAN_TYPES } from '../../domain/scan-types.js';
import type { ScanType, TaskType } from '../../domain/scan-types.js';
import type { ClusterScanItemStatus, ClusterTaskResource, IacTaskResource } from '../../domain/task.js';
import type { DataScope, NewTask, ResourceFilter, TaskListFilter, TaskRecord, TaskStore } from '../ports.js';
import type { CoreTables } from './core-tables.js';
import { readEnum, readInt, readOptionalText } from './row-readers.js';
import { scanMaskOf, supersetMasks } from './scan-mask.js';
import type { SqlDialectName } from './sql-database.js';
import { readScanTypes, toClusterResource, toIacResource, toTaskRecord } from './task-rows.js';
import { containsFolded, fts5Phrase, foldText, likeSubstringPattern } from './text-match.js';
import { insertTaskBatch } from './insert-task-batch.js';
import { inWriteTransaction } from './write-transaction.js';

type TaskQuery = SelectQueryBuilder<CoreTables, 'tasks', object>;

export class SqlTaskStore implements TaskStore {
  constructor(
    private readonly db: Kysely<CoreTables>,
    private readonly dialect: SqlDialectName,
  ) {}

  async createTasks(tasks: readonly NewTask[]): Promise<void> {
    if (tasks.length === 0) return;
    await inWriteTransaction(this.db, this.dialect, (trx) => insertTaskBatch(trx, tasks));
  }

  async getTask(scope: DataScope, taskId: string): Promise<TaskRecord | undefined> {
    if (isEmptyScope(scope)) return undefined;
    const row = await this.db.selectFrom('tasks').selectAll().where('id', '=', taskId).where((eb) => inScope(eb, scope)).executeTakeFirst();
    return row === undefined ? undefined : toTaskRecord(row as unknown as Record<string, unknown>);
  }

  async listTasks(scope: DataScope, filter: TaskListFilter, page: PageRequest): Promise<Page<TaskRecord>> {
    if (isEmptyScope(scope)) return { total: 0, items: [] };
    const filtered = this.applyFilter(this.db.selectFrom('tasks'), scope, filter);
    const dir = filter.sortDir;
    const rows = await filtered
      .selectAll()
      .orderBy('created_at', dir)
      .orderBy('id', dir)
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    const items = rows.map((r) => toTaskRecord(r as unknown as Record<string, unknown>));
    const total = await this.countMatches(scope, filter, filtered, page, items.length);
    return { total, items };
  }

  async countTasks(scope: DataScope, type: TaskType): Promise<{ total: number; running: number; lastCreatedAt: number | undefined }> {
    if (isEmptyScope(scope)) return { total: 0, running: 0, lastCreatedAt: undefined };
    const row = await this.db
      .selectFrom('task_counts')
      .select([
        sql<number>`coalesce(sum(n), 0)`.as('total'),
        sql<number>`coalesce(sum(CASE WHEN status = 'running' THEN n ELSE 0 END), 0)`.as('running'),
        sql<number | null>`max(CASE WHEN n > 0 THEN last_created_at END)`.as('last'),
      ])
      .where('project_id', '=', scope.projectId)
      .where('type', '=', type)
      .$if(scope.eps !== '*', (q) => q.where('ep_id', 'in', scope.eps as readonly string[]))
      .executeTakeFirstOrThrow();
    const r = row as unknown as Record<string, unknown>;
    const total = readInt(r, 'total');
    return { total, running: readInt(r, 'running'), lastCreatedAt: total === 0 ? undefined : (r['last'] === null ? undefined : readInt(r, 'last')) };
  }

  async listIacResources(taskId: string, filter: ResourceFilter, page: PageRequest): Promise<Page<IacTaskResource>> {
    const q = this.resourceQuery(taskId, filter);
    const [rows, count] = await Promise.all([
      q.selectAll().orderBy('seq').limit(page.limit).offset(page.offset).execute(),
      q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
    ]);
    return { total: readInt(count as Record<string, unknown>, 'n'), items: rows.map((r) => toIacResource(r as unknown as Record<string, unknown>)) };
  }

  async listClusterResources(taskId: string, filter: ResourceFilter, page: PageRequest): Promise<Page<ClusterTaskResource>> {
    const q = this.resourceQuery(taskId, filter);
    const [rows, count, task] = await Promise.all([
      q.selectAll().orderBy('seq').limit(page.limit).offset(page.offset).execute(),
      q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
      this.db.selectFrom('tasks').select('scan_types').where('id', '=', taskId).executeTakeFirst(),
    ]);
    const order: readonly ScanType[] = task === undefined ? SCAN_TYPES : readScanTypes(task as unknown as Record<string, unknown>);
    const seqs = rows.map((r) => r.seq);
    const units = seqs.length === 0 ? [] : await this.db
      .selectFrom('work_units')
      .select(['resource_seq', 'scan_type', 'state', 'result_status', 'failed_reason'])
      .where('task_id', '=', taskId)
      .where('resource_seq', 'in', seqs)
      .execute();
    const items = rows.map((row) => {
      const mine = units.filter((u) => u.resource_seq === row.seq);
      const statuses: ClusterScanItemStatus[] = mine
        .map((u) => {
          const unit = u as unknown as Record<string, unknown>;
          return {
            scanType: readEnum(unit, 'scan_type', SCAN_TYPES),
            status: u.state === 'done' ? readEnum(unit, 'result_status', RESOURCE_STATUSES) : 'scanning' as const,
            failedReason: readOptionalText(unit, 'failed_reason'),
          };
        })
        .sort((a, b) => order.indexOf(a.scanType) - order.indexOf(b.scanType));
      return toClusterResource(row as unknown as Record<string, unknown>, statuses);
    });
    return { total: readInt(count as Record<string, unknown>, 'n'), items };
  }

  private resourceQuery(taskId: string, filter: ResourceFilter) {
    return this.db
      .selectFrom('task_resources')
      .where('task_id', '=', taskId)
      .$if(filter.status !== undefined, (q) => q.where('status', '=', filter.status!))
      .$if(filter.name !== undefined && filter.name !== '', (q) => q.where(containsFolded('name_fold', filter.name!, this.dialect)))
      .$if(filter.resourceId !== undefined, (q) => q.where('resource_id', '=', filter.resourceId!))
      .$if(filter.clusterType !== undefined, (q) => q.where('cluster_type', '=', filter.clusterType!))
      .$if(filter.chartName !== undefined, (q) => q.where('chart_name', '=', filter.chartName!));
  }

  private applyFilter(q: TaskQuery, scope: DataScope, f: TaskListFilter): TaskQuery {
    let out = q.where('project_id', '=', scope.projectId).where('type', '=', f.type);
    if (scope.eps !== '*') out = out.where('ep_id', 'in', scope.eps);
    if (f.taskId !== undefined) out = out.where('id', '=', f.taskId);
    if (f.createdFrom !== undefined) out = out.where('created_at', '>=', f.createdFrom);
    if (f.createdTo !== undefined) out = out.where('created_at', '<=', f.createdTo);
    if (f.triggerType !== undefined) out = out.where('trigger_type', '=', f.triggerType);
    if (f.status !== undefined) out = out.where('status', '=', f.status);
    if (f.fileType !== undefined && f.type === 'iac_scan') out = out.where('file_type', '=', f.fileType);
    if (f.scanTypes !== undefined && f.scanTypes.length > 0 && f.type === 'cluster_scan') out = out.where('scan_mask', 'in', supersetMasks(scanMaskOf(f.scanTypes)));
    if (f.taskName !== undefined && f.taskName !== '') out = this.nameFilter(out, f.taskName);
    return out;
  }

  private nameFilter(q: TaskQuery, name: string): TaskQuery {
    if (this.dialect === 'postgres') return q.where(sql<boolean>`name_fold LIKE ${likeSubstringPattern(name)} ESCAPE '\\'`);
    // Trigrams need three characters; shorter needles scan (still only this scope's rows).
    if ([...foldText(name)].length < 3) return q.where(containsFolded('name_fold', name, 'sqlite'));
    return q.where(sql<boolean>`tasks.rowid IN (SELECT rowid FROM tasks_name_fts WHERE tasks_name_fts MATCH ${fts5Phrase(name)})`);
  }

  /**
   * total_num. Filters that only touch the task_counts key columns are answered from
   * that table; a short last page gives the total for free; anything else counts rows.
   */
  private async countMatches(scope: DataScope, f: TaskListFilter, filtered: TaskQuery, page: PageRequest, pageItems: number): Promise<number> {
    if (pageItems > 0 && pageItems < page.limit) return page.offset + pageItems;
    const needsRows = f.taskId !== undefined || (f.taskName !== undefined && f.taskName !== '') || f.createdFrom !== undefined || f.createdTo !== undefined;
    if (needsRows) {
      const row = await filtered.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
      return readInt(row as Record<string, unknown>, 'n');
    }
    const row = await this.db
      .selectFrom('task_counts')
      .select(sql<number>`coalesce(sum(n), 0)`.as('n'))
      .where('project_id', '=', scope.projectId)
      .where('type', '=', f.type)
      .$if(scope.eps !== '*', (q) => q.where('ep_id', 'in', scope.eps as readonly string[]))
      .$if(f.triggerType !== undefined, (q) => q.where('trigger_type', '=', f.triggerType!))
      .$if(f.status !== undefined, (q) => q.where('status', '=', f.status!))
      .$if(f.fileType !== undefined && f.type === 'iac_scan', (q) => q.where('file_type', '=', f.fileType!))
      .$if(f.scanTypes !== undefined && f.scanTypes.length > 0 && f.type === 'cluster_scan', (q) => q.where('scan_mask', 'in', supersetMasks(scanMaskOf(f.scanTypes!))))
      .executeTakeFirstOrThrow();
    return readInt(row as Record<string, unknown>, 'n');
  }
}

function isEmptyScope(scope: DataScope): boolean {
  return scope.eps !== '*' && scope.eps.length === 0;
}

function inScope(eb: ExpressionBuilder<CoreTables, 'tasks'>, scope: DataScope) {
  return scope.eps === '*'
    ? eb('project_id', '=', scope.projectId)
    : eb.and([eb('project_id', '=', scope.projectId), eb('ep_id', 'in', scope.eps)]);
}
