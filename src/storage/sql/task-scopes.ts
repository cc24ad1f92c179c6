import type { Kysely } from 'kysely';
import { BulwarkError } from '../../domain/errors.js';
import type { DataScope } from '../ports.js';
import type { CoreTables } from './core-tables.js';

/** Rowids of one scope: [id × 2^32, id × 2^32 + 2^32). Ids stay below 2^21 so rowids are exact doubles. */
export const SCOPE_SPAN = 2 ** 32;
const MAX_SCOPES = 2 ** 21;

export interface RowidRange {
  readonly lo: number;
  readonly hi: number;
}

/**
 * Allocates SQLite rowids for new tasks so each (project, EP, type) owns one rowid range.
 * Runs inside the caller's write transaction (the sequence update is then race-free).
 */
export async function allocateTaskRowids(trx: Kysely<CoreTables>, tasks: readonly { projectId: string; enterpriseProjectId: string; type: string }[]): Promise<number[]> {
  const next = new Map<string, { id: number; seq: number; start: number }>();
  const out: number[] = [];
  for (const t of tasks) {
    const key = `${t.projectId}\u0000${t.type}\u0000${t.enterpriseProjectId}`;
    let s = next.get(key);
    if (s === undefined) {
      let row = await trx.selectFrom('task_scopes').select(['id', 'next_seq'])
        .where('project_id', '=', t.projectId).where('type', '=', t.type).where('ep_id', '=', t.enterpriseProjectId).executeTakeFirst();
      if (row === undefined) {
        row = await trx.insertInto('task_scopes').values({ project_id: t.projectId, ep_id: t.enterpriseProjectId, type: t.type, next_seq: 0 })
          .returning(['id', 'next_seq']).executeTakeFirstOrThrow();
      }
      if (row.id >= MAX_SCOPES) throw new BulwarkError('internal', 'too many task scopes for scope-ranged rowids');
      s = { id: row.id, seq: row.next_seq, start: row.next_seq };
      next.set(key, s);
    }
    if (s.seq >= SCOPE_SPAN) throw new BulwarkError('internal', 'task sequence of one scope exhausted');
    out.push(s.id * SCOPE_SPAN + s.seq);
    s.seq += 1;
  }
  for (const s of next.values()) await trx.updateTable('task_scopes').set({ next_seq: s.seq }).where('id', '=', s.id).execute();
  return out;
}

/** The rowid ranges of a read scope for one task type (SQLite). */
export async function rowidRangesOf(db: Kysely<CoreTables>, scope: DataScope, type: string): Promise<RowidRange[]> {
  const rows = await db.selectFrom('task_scopes').select('id')
    .where('project_id', '=', scope.projectId).where('type', '=', type)
    .$if(scope.eps !== '*', (q) => q.where('ep_id', 'in', scope.eps as readonly string[]))
    .execute();
  return rows.map((r) => ({ lo: r.id * SCOPE_SPAN, hi: r.id * SCOPE_SPAN + SCOPE_SPAN - 1 }));
}
