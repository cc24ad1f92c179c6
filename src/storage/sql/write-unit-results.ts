import type { Insertable, Kysely } from 'kysely';
import { sql } from 'kysely';
import type { UnitOutcome } from '../ports.js';
import type { CoreTables, IacFindingsTable } from './core-tables.js';
import { moveTaskCount } from './task-counts.js';
import { foldText } from './text-match.js';

const FINDINGS_PER_INSERT = 300;

/**
 * Completes one unit inside the caller's write transaction: unit state, findings or
 * cluster result, resource and task counters, task status. The first UPDATE is the
 * idempotency guard: only the current lease holder of a still-leased unit gets past it,
 * so a reclaimed or already-completed unit is never counted or stored twice.
 */
export async function writeUnitResults(trx: Kysely<CoreTables>, unitId: string, workerId: string, outcome: UnitOutcome, now: number): Promise<boolean> {
  const failed = outcome.status === 'failed';
  const unit = await trx
    .updateTable('work_units')
    .set({ state: 'done', result_status: outcome.status, failed_reason: failed ? (outcome.failedReason ?? 'scan failed') : null, finished_at: now, lease_owner: null, lease_expires_at: null })
    .where('id', '=', unitId)
    .where('state', '=', 'leased')
    .where('lease_owner', '=', workerId)
    .returning(['task_id', 'resource_seq', 'task_type', 'file_id', 'cluster_id', 'scan_type', 'started_at'])
    .executeTakeFirst();
  if (unit === undefined) return false;

  const took = Math.max(0, now - (unit.started_at ?? now));
  await trx
    .insertInto('unit_durations')
    .values({ task_type: unit.task_type, samples: 1, total_ms: took })
    .onConflict((oc) => oc.column('task_type').doUpdateSet({ samples: sql<number>`unit_durations.samples + 1`, total_ms: sql<number>`unit_durations.total_ms + ${took}` }))
    .execute();

  if (unit.file_id !== null && !failed) await replaceFileFindings(trx, unit.file_id, unitId, outcome, now);
  if (unit.cluster_id !== null && unit.scan_type !== null && outcome.clusterResult !== undefined) {
    await trx.insertInto('cluster_results')
      .values({ unit_id: unitId, task_id: unit.task_id, cluster_id: unit.cluster_id, scan_type: unit.scan_type, payload: JSON.stringify(outcome.clusterResult), created_at: now })
      .execute();
    await trx.updateTable('clusters').set({ last_scan_at: now }).where('id', '=', unit.cluster_id).execute();
  }

  const resource = await trx
    .updateTable('task_resources')
    .set({
      units_done: sql<number>`units_done + 1`,
      units_failed: sql<number>`units_failed + ${failed ? 1 : 0}`,
      ...(failed && unit.file_id !== null ? { failed_reason: outcome.failedReason ?? 'scan failed' } : {}),
    })
    .where('task_id', '=', unit.task_id)
    .where('seq', '=', unit.resource_seq)
    .returning(['units_done', 'units_total', 'units_failed'])
    .executeTakeFirstOrThrow();
  let successDelta = 0;
  let failedDelta = 0;
  if (resource.units_done >= resource.units_total) {
    const resourceFailed = resource.units_failed > 0;
    await trx.updateTable('task_resources')
      .set({ status: resourceFailed ? 'failed' : 'success', finished_at: now })
      .where('task_id', '=', unit.task_id).where('seq', '=', unit.resource_seq).execute();
    if (resourceFailed) failedDelta = 1;
    else successDelta = 1;
  }

  const task = await trx
    .updateTable('tasks')
    .set({
      units_done: sql<number>`units_done + 1`,
      resource_success: sql<number>`resource_success + ${successDelta}`,
      resource_failed: sql<number>`resource_failed + ${failedDelta}`,
    })
    .where('id', '=', unit.task_id)
    .returning(['units_done', 'units_total', 'status', 'project_id', 'ep_id', 'type', 'trigger_type', 'file_type', 'scan_mask', 'created_at'])
    .executeTakeFirstOrThrow();
  if (task.units_done >= task.units_total && task.status !== 'finished') {
    await trx.updateTable('tasks').set({ status: 'finished', finished_at: now }).where('id', '=', unit.task_id).execute();
    await moveTaskCount(trx, task, 'finished', task.created_at);
  }
  return true;
}

async function replaceFileFindings(trx: Kysely<CoreTables>, fileId: string, unitId: string, outcome: UnitOutcome, now: number): Promise<void> {
  // Only the newest scan of a file is kept; an older scan finishing late does not overwrite it.
  const file = await trx.selectFrom('uploaded_files').select(['last_scan_at']).where('id', '=', fileId).executeTakeFirst();
  if (file === undefined || (file.last_scan_at !== null && file.last_scan_at > now)) return;
  const findings = outcome.findings ?? [];
  await trx.deleteFrom('iac_findings').where('file_id', '=', fileId).execute();
  const rows: Insertable<IacFindingsTable>[] = findings.map((f, seq) => ({
    file_id: fileId, seq, unit_id: unitId, rule_id: f.ruleId, title: f.title, title_fold: foldText(f.title), severity: f.severity,
    category: f.category, description: f.description, remediation: f.remediation, build_instruction: f.buildInstruction,
    message: f.message, resource_kind: f.resourceKind, resource_name: f.resourceName, namespace: f.namespace, path: f.path,
    start_line: f.startLine, start_column: f.startColumn, end_line: f.endLine, end_column: f.endColumn, scanned_at: now,
  }));
  for (let i = 0; i < rows.length; i += FINDINGS_PER_INSERT) await trx.insertInto('iac_findings').values(rows.slice(i, i + FINDINGS_PER_INSERT)).execute();
  const risks = new Set(findings.map((f) => f.ruleId)).size;
  await trx.updateTable('uploaded_files')
    .set({ risk_count: risks, first_scan_at: sql<number>`coalesce(first_scan_at, ${now})`, last_scan_at: now })
    .where('id', '=', fileId).execute();
}
