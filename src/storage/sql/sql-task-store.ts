import type { ExpressionBuilder, Kysely, RawBuilder, SelectQueryBuilder } from 'kysely';
import { sql } from 'kysely';
import type { Page, PageRequest } from '../../domain/page.js';
import { RESOURCE_STATUSES, SCAN_TYPES } from '../../domain/scan-types.js';
import type { ScanType, TaskType } from '../../domain/scan-types.js';
import type { ClusterScanItemStatus, ClusterTaskResource, IacTaskResource } from '../../domain/task.js';
import type { DataScope, NewTask, ResourceFilter, TaskListFilter, TaskRecord, TaskStore } from '../ports.js';
import type { CoreTables } from './core-tables.js';
import { readEnum, readInt, readOptionalText } from './row-readers.js';
import { scanMaskOf, supersetMasks } from './scan-mask.js';
import { countTimeRangeOf, dayCountsOf } from './day-counts.js';
import { countFacetMatches } from './count-facet-matches.js';
import { countNameGram, MAX_GRAM_CHARS, scopeIdOfRowid } from './name-grams.js';
import { DAY_MS } from './task-counts.js';
import { rowidRangesOf } from './task-scopes.js';
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
    await inWriteTransaction(this.db, this.dialect, (trx) => insertTaskBatch(trx, this.dialect, tasks));
  }

  async getTask(scope: DataScope, taskId: string): Promise<TaskRecord | undefined> {
    if (isEmptyScope(scope)) return undefined;
    const row = await this.db.selectFrom('tasks').selectAll().where('id', '=', taskId).where((eb) => inScope(eb, scope)).executeTakeFirst();
    return row === undefined ? undefined : toTaskRecord(row as unknown as Record<string, unknown>);
  }

  async listTasks(scope: DataScope, filter: TaskListFilter, page: PageRequest): Promise<Page<TaskRecord>> {
    if (isEmptyScope(scope)) return { total: 0, items: [] };
    if (this.dialect === 'sqlite' && usesTrigramIndex(filter)) return this.listByName(scope, filter, page);
    if (this.dialect === 'sqlite' && usesNameGrams(filter)) return this.listByShortName(scope, filter, page);
    if (page.offset >= DEEP_OFFSET && !needsRowCount(filter)) return this.listDeep(scope, filter, page);
    const filtered = this.applyFilter(this.db.selectFrom('tasks'), scope, filter);
    const items = await this.fetchPage(filtered, filter.sortDir, page.limit, page.offset);
    const total = await this.countMatches(scope, filter, filtered, page, items.length);
    return { total, items };
  }

  private async fetchPage(q: TaskQuery, dir: 'asc' | 'desc', limit: number, offset: number): Promise<TaskRecord[]> {
    const rows = await q.selectAll().orderBy('created_at', dir).orderBy('id', dir).limit(limit).offset(offset).execute();
    return rows.map((r) => toTaskRecord(r as unknown as Record<string, unknown>));
  }

  /**
   * Deep pages without a row-count filter: day totals (task_day_counts) say which UTC day
   * holds row number `offset`, so the index is entered at that day and only the rows of
   * that day before the page are skipped. The same day totals give total_num.
   */
  private async listDeep(scope: DataScope, f: TaskListFilter, page: PageRequest): Promise<Page<TaskRecord>> {
    const days = await dayCountsOf(this.db, scope, f);
    let total = 0;
    let anchor: { day: number; skip: number } | undefined;
    for (const { day, n } of days) {
      if (anchor === undefined && total + n > page.offset) anchor = { day, skip: page.offset - total };
      total += n;
    }
    if (anchor === undefined) return { total, items: [] };
    const bound = f.sortDir === 'desc'
      ? { createdTo: (anchor.day + 1) * DAY_MS - 1 }
      : { createdFrom: anchor.day * DAY_MS };
    const filtered = this.applyFilter(this.db.selectFrom('tasks'), scope, { ...f, ...bound });
    return { total, items: await this.fetchPage(filtered, f.sortDir, page.limit, anchor.skip) };
  }

  /**
   * SQLite name search (three characters or more). Task rowids are ranged per scope
   * (task-scopes.ts), so the trigram index counts the scope's matches by rowid range
   * without reading task rows. The page then comes either from those matches (few of
   * them: fetch and sort) or from the time-ordered index, whose entries carry the folded
   * name (many matches: the first page is found after a short walk).
   */
  private async listByName(scope: DataScope, f: TaskListFilter, page: PageRequest): Promise<Page<TaskRecord>> {
    const ranges = await rowidRangesOf(this.db, scope, f.type);
    if (ranges.length === 0) return { total: 0, items: [] };
    const phrase = fts5Phrase(f.taskName!);
    const inRanges = sql.join(ranges.map((r) => sql`(rowid BETWEEN ${r.lo} AND ${r.hi})`), sql` OR `);
    const matchIds = sql`SELECT rowid FROM tasks_name_fts WHERE tasks_name_fts MATCH ${phrase} AND (${inRanges})`;
    const { taskName: _name, ...rest } = f;
    const nameOnly = !needsTaskRows(rest) && rest.createdFrom === undefined && rest.createdTo === undefined;
    // With other filters the match count only picks the strategy, so it stops once past the threshold.
    const counted = nameOnly
      ? await sql<{ n: number }>`SELECT count(*) AS n FROM tasks_name_fts WHERE tasks_name_fts MATCH ${phrase} AND (${inRanges})`.execute(this.db)
      : await sql<{ n: number }>`SELECT count(*) AS n FROM (${matchIds} LIMIT ${FEW_NAME_MATCHES + 1})`.execute(this.db);
    const candidates = readInt(counted.rows[0] as unknown as Record<string, unknown>, 'n');
    if (candidates === 0 || (nameOnly && page.offset >= candidates)) return { total: candidates, items: [] };
    const matched = this.applyFilter(this.db.selectFrom('tasks'), scope, rest).where(sql<boolean>`tasks.rowid IN (${matchIds})`);
    if (candidates <= FEW_NAME_MATCHES) {
      const items = await this.fetchPage(matched, f.sortDir, page.limit, page.offset);
      return { total: nameOnly ? candidates : await this.countNameAndMore(matched, matchIds, rest, page, items.length), items };
    }
    // Many matches: the covering time index (it carries name_fold and every cheap filter)
    // finds a page after a short walk, where sorting thousands of matched rows would not.
    const scanned = this.applyFilter(this.db.selectFrom('tasks'), scope, rest).where(containsFolded('name_fold', f.taskName!, 'sqlite'));
    // Knowing the exact total, the walk can stop at the last match instead of the scope's end.
    const wanted = nameOnly ? Math.min(page.limit, candidates - page.offset) : page.limit;
    const items = await this.fetchPage(scanned, f.sortDir, wanted, page.offset);
    return { total: nameOnly ? candidates : await this.countNameAndMore(matched, matchIds, rest, page, items.length), items };
  }

  /**
   * SQLite name search of one or two characters without other row filters: the total is
   * one task_name_grams row per scope; the page is a walk of the time index (a short one
   * unless the gram is rare).
   */
  private async listByShortName(scope: DataScope, f: TaskListFilter, page: PageRequest): Promise<Page<TaskRecord>> {
    const ranges = await rowidRangesOf(this.db, scope, f.type);
    const total = await countNameGram(this.db, ranges.map((r) => scopeIdOfRowid(r.lo)), foldText(f.taskName!));
    if (page.offset >= total) return { total, items: [] };
    const filtered = this.applyFilter(this.db.selectFrom('tasks'), scope, f);
    // The walk stops at the last match (exact total) rather than at the end of the scope.
    return { total, items: await this.fetchPage(filtered, f.sortDir, Math.min(page.limit, total - page.offset), page.offset) };
  }

  private countTimeRange(scope: DataScope, f: TaskListFilter): Promise<number> {
    const count = async (g: TaskListFilter) => {
      const row = await this.applyFilter(this.db.selectFrom('tasks'), scope, g).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
      return readInt(row as Record<string, unknown>, 'n');
    };
    return countTimeRangeOf({ db: this.db, count }, scope, f);
  }

  /** Name matches that pass other filters: counted on task_facets unless a task id is given. */
  private async countNameAndMore(matched: TaskQuery, matchIds: RawBuilder<unknown>, rest: TaskListFilter, page: PageRequest, pageItems: number): Promise<number> {
    if (pageItems > 0 && pageItems < page.limit) return page.offset + pageItems;
    if (rest.taskId !== undefined) return this.countShortcut(matched, page, pageItems);
    return countFacetMatches(this.db, matchIds, rest);
  }

  private async countShortcut(filtered: TaskQuery, page: PageRequest, pageItems: number): Promise<number> {
    if (pageItems > 0 && pageItems < page.limit) return page.offset + pageItems;
    const row = await filtered.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    return readInt(row as Record<string, unknown>, 'n');
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
    // Longer needles go through listByName; trigrams cannot serve one or two characters.
    return q.where(containsFolded('name_fold', name, 'sqlite'));
  }

  /**
   * total_num. Filters that only touch the task_counts key columns are answered from
   * that table; a short last page gives the total for free; anything else counts rows.
   */
  private async countMatches(scope: DataScope, f: TaskListFilter, filtered: TaskQuery, page: PageRequest, pageItems: number): Promise<number> {
    if (pageItems > 0 && pageItems < page.limit) return page.offset + pageItems;
    if (f.taskId === undefined && (f.taskName === undefined || f.taskName === '') && needsRowCount(f)) return this.countTimeRange(scope, f);
    if (needsRowCount(f)) {
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

/** Name searches with at most this many matches in scope are paged from the match list. */
const FEW_NAME_MATCHES = 2_000;

/** Offsets from here on go through the day totals. */
const DEEP_OFFSET = 5_000;

/** Filters the count tables cannot answer: the matching rows must be counted. */
function needsRowCount(f: TaskListFilter): boolean {
  return f.taskId !== undefined || (f.taskName !== undefined && f.taskName !== '') || f.createdFrom !== undefined || f.createdTo !== undefined;
}

/** A name filter the SQLite trigram table can answer (three characters or more). */
function usesTrigramIndex(f: TaskListFilter): boolean {
  return f.taskName !== undefined && [...foldText(f.taskName)].length >= 3;
}

/** A name filter of one or two characters alone (besides the scope): task_name_grams has its total. */
function usesNameGrams(f: TaskListFilter): boolean {
  if (f.taskName === undefined || f.taskName === '') return false;
  const chars = [...foldText(f.taskName)].length;
  return chars >= 1 && chars <= MAX_GRAM_CHARS && !needsTaskRows(f) && f.createdFrom === undefined && f.createdTo === undefined;
}

/** Filters the trigram table does not carry. */
function needsTaskRows(f: TaskListFilter): boolean {
  return f.taskId !== undefined || f.triggerType !== undefined || f.status !== undefined
    || (f.fileType !== undefined && f.type === 'iac_scan') || (f.scanTypes !== undefined && f.scanTypes.length > 0 && f.type === 'cluster_scan');
}

function isEmptyScope(scope: DataScope): boolean {
  return scope.eps !== '*' && scope.eps.length === 0;
}

function inScope(eb: ExpressionBuilder<CoreTables, 'tasks'>, scope: DataScope) {
  return scope.eps === '*'
    ? eb('project_id', '=', scope.projectId)
    : eb.and([eb('project_id', '=', scope.projectId), eb('ep_id', 'in', scope.eps)]);
}
