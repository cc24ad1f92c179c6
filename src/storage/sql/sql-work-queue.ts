import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { SCAN_TYPES, TASK_TYPES } from '../../domain/scan-types.js';
import type { ClaimedUnit, EstimateInputs, UnitOutcome, WorkQueue } from '../ports.js';
import type { CoreTables } from './core-tables.js';
import { readEnum, readInt, readOptionalText } from './row-readers.js';
import type { SqlDialectName } from './sql-database.js';
import { writeUnitResults } from './write-unit-results.js';
import { moveTaskCount } from './task-counts.js';
import { inWriteTransaction } from './write-transaction.js';

/**
 * The work queue over `work_units`. Claims take the oldest pending unit: PostgreSQL
 * with `FOR UPDATE SKIP LOCKED` (many nodes claim in parallel without waiting on each
 * other), SQLite inside one `BEGIN IMMEDIATE` transaction (one writer at a time).
 */
export class SqlWorkQueue implements WorkQueue {
  constructor(
    private readonly db: Kysely<CoreTables>,
    private readonly dialect: SqlDialectName,
  ) {}

  async claim(workerId: string, now: number, leaseMs: number): Promise<ClaimedUnit | undefined> {
    return inWriteTransaction(this.db, this.dialect, async (trx) => {
      let pick = trx.selectFrom('work_units').select('id').where('state', '=', 'pending').orderBy('enqueued_at').orderBy('task_id').orderBy('resource_seq').limit(1);
      if (this.dialect === 'postgres') pick = pick.forUpdate().skipLocked();
      const next = await pick.executeTakeFirst();
      if (next === undefined) return undefined;
      const unit = await trx
        .updateTable('work_units')
        .set({ state: 'leased', lease_owner: workerId, lease_expires_at: now + leaseMs, attempts: sql<number>`attempts + 1`, started_at: now })
        .where('id', '=', next.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      const started = await trx
        .updateTable('tasks')
        .set({ status: 'running', started_at: now })
        .where('id', '=', unit.task_id)
        .where('status', '=', 'ready')
        .returning(['project_id', 'ep_id', 'type', 'status', 'trigger_type', 'file_type', 'scan_mask', 'created_at'])
        .executeTakeFirst();
      if (started !== undefined) await moveTaskCount(trx, { ...started, status: 'ready' }, 'running', started.created_at);
      await trx
        .updateTable('task_resources')
        .set({ started_at: now })
        .where('task_id', '=', unit.task_id)
        .where('seq', '=', unit.resource_seq)
        .where('started_at', 'is', null)
        .execute();
      const r = unit as unknown as Record<string, unknown>;
      const scanType = readOptionalText(r, 'scan_type');
      return {
        id: unit.id,
        taskId: unit.task_id,
        taskType: readEnum(r, 'task_type', TASK_TYPES),
        fileId: readOptionalText(r, 'file_id'),
        clusterId: readOptionalText(r, 'cluster_id'),
        scanType: scanType === undefined ? undefined : readEnum(r, 'scan_type', SCAN_TYPES),
        attempts: readInt(r, 'attempts'),
        leaseExpiresAt: now + leaseMs,
      };
    });
  }

  async heartbeat(unitId: string, workerId: string, now: number, leaseMs: number): Promise<boolean> {
    const res = await this.db
      .updateTable('work_units')
      .set({ lease_expires_at: now + leaseMs })
      .where('id', '=', unitId)
      .where('state', '=', 'leased')
      .where('lease_owner', '=', workerId)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  async complete(unitId: string, workerId: string, outcome: UnitOutcome, now: number): Promise<boolean> {
    return inWriteTransaction(this.db, this.dialect, (trx) => writeUnitResults(trx, unitId, workerId, outcome, now));
  }

  async release(unitId: string, workerId: string): Promise<void> {
    await this.db
      .updateTable('work_units')
      // A released unit was interrupted on purpose (shutdown): it does not count as an attempt.
      .set({ state: 'pending', lease_owner: null, lease_expires_at: null, attempts: sql<number>`CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END` })
      .where('id', '=', unitId)
      .where('state', '=', 'leased')
      .where('lease_owner', '=', workerId)
      .execute();
  }

  async reclaimExpired(now: number): Promise<number> {
    const res = await this.db
      .updateTable('work_units')
      .set({ state: 'pending', lease_owner: null, lease_expires_at: null })
      .where('state', '=', 'leased')
      .where('lease_expires_at', '<', now)
      .executeTakeFirst();
    return Number(res.numUpdatedRows);
  }

  async registerWorker(workerId: string, concurrency: number, now: number): Promise<void> {
    await this.db
      .insertInto('workers')
      .values({ id: workerId, concurrency, started_at: now, heartbeat_at: now })
      .onConflict((oc) => oc.column('id').doUpdateSet({ concurrency, heartbeat_at: now }))
      .execute();
  }

  async unregisterWorker(workerId: string): Promise<void> {
    await this.db.deleteFrom('workers').where('id', '=', workerId).execute();
  }

  async countUnitsByStatus(): Promise<Record<string, number>> {
    // Runs per scrape: one GROUP BY on the leading column of the state indexes, so both
    // dialects can answer from an index without touching the table rows.
    const rows = await this.db.selectFrom('work_units').select(['state', sql<number>`count(*)`.as('n')]).groupBy('state').execute();
    const counts: Record<string, number> = {};
    for (const row of rows) {
      const r = row as unknown as Record<string, unknown>;
      counts[String(r['state'])] = readInt(r, 'n');
    }
    return counts;
  }

  async estimateInputs(now: number, liveWindowMs: number): Promise<EstimateInputs> {
    const [durations, live] = await Promise.all([
      this.db.selectFrom('unit_durations').selectAll().execute(),
      this.db.selectFrom('workers').select(sql<number>`coalesce(sum(concurrency), 0)`.as('n')).where('heartbeat_at', '>=', now - liveWindowMs).executeTakeFirstOrThrow(),
    ]);
    const meanUnitMs: Partial<Record<(typeof TASK_TYPES)[number], number>> = {};
    for (const d of durations) {
      const r = d as unknown as Record<string, unknown>;
      const samples = readInt(r, 'samples');
      if (samples > 0) meanUnitMs[readEnum(r, 'task_type', TASK_TYPES)] = readInt(r, 'total_ms') / samples;
    }
    return { meanUnitMs, liveConcurrency: readInt(live as Record<string, unknown>, 'n') };
  }
}
