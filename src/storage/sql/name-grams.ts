import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { CoreTables } from './core-tables.js';
import { SCOPE_SPAN } from './task-scopes.js';

/**
 * Needles of one or two characters are too short for the trigram index, and counting
 * them by scanning a scope's names costs ~150 ms per million tasks. Instead
 * `task_name_grams` (SQLite) counts, per task scope, the tasks whose folded name contains
 * each 1- and 2-character substring; a short-needle total is then one row.
 *
 * Characters are code points, like SQLite's `instr`/`substr`, so these counts agree with
 * the `instr` filter that pages the same search.
 */
export const MAX_GRAM_CHARS = 2;

/** The distinct 1- and 2-code-point substrings of a folded name. */
export function nameGramsOf(nameFold: string): Set<string> {
  const chars = [...nameFold];
  const out = new Set<string>();
  for (let i = 0; i < chars.length; i++) {
    out.add(chars[i]!);
    if (i + 1 < chars.length) out.add(chars[i]! + chars[i + 1]!);
  }
  return out;
}

/** The scope id a scope-ranged SQLite rowid belongs to (see task-scopes.ts). */
export function scopeIdOfRowid(rowid: number): number {
  return Math.floor(rowid / SCOPE_SPAN);
}

/** Adds tasks' name grams to the counts; runs in the transaction that inserts the tasks. */
export async function addNameGrams(trx: Kysely<CoreTables>, tasks: readonly { rowid: number; nameFold: string }[]): Promise<void> {
  const counts = new Map<string, { scope: number; gram: string; n: number }>();
  for (const t of tasks) {
    const scope = scopeIdOfRowid(t.rowid);
    for (const gram of nameGramsOf(t.nameFold)) {
      const key = `${scope}\u0000${gram}`;
      const c = counts.get(key);
      if (c === undefined) counts.set(key, { scope, gram, n: 1 });
      else c.n += 1;
    }
  }
  const rows = [...counts.values()].map((c) => ({ scope_id: c.scope, gram: c.gram, n: c.n }));
  for (let i = 0; i < rows.length; i += GRAM_ROWS_PER_INSERT) {
    await trx.insertInto('task_name_grams').values(rows.slice(i, i + GRAM_ROWS_PER_INSERT))
      .onConflict((oc) => oc.columns(['scope_id', 'gram']).doUpdateSet({ n: sql<number>`task_name_grams.n + excluded.n` }))
      .execute();
  }
}

/** Tasks in the given scopes whose folded name contains `gram` (one or two code points). */
export async function countNameGram(db: Kysely<CoreTables>, scopeIds: readonly number[], gram: string): Promise<number> {
  if (scopeIds.length === 0) return 0;
  const row = await db.selectFrom('task_name_grams').select(sql<number>`coalesce(sum(n), 0)`.as('n'))
    .where('scope_id', 'in', scopeIds).where('gram', '=', gram).executeTakeFirstOrThrow();
  return Number(row.n);
}

const GRAM_ROWS_PER_INSERT = 2_000;
