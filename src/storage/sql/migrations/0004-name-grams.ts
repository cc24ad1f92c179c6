import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import { dialectOf } from '../dialect-of.js';
import { nameGramsOf, scopeIdOfRowid } from '../name-grams.js';

/**
 * SQLite only: per-scope counts of tasks whose folded name contains each 1- and
 * 2-character substring (see name-grams.ts), so a short fuzzy task_name has an exact
 * total without scanning the scope. Existing tasks are counted here once.
 */
export const nameGramsMigration: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before any typed schema exists
  async up(db: Kysely<any>) {
    if (dialectOf(db) !== 'sqlite') return;
    await sql.raw(`CREATE TABLE task_name_grams (
      scope_id INTEGER NOT NULL,
      gram TEXT NOT NULL,
      n INTEGER NOT NULL,
      PRIMARY KEY (scope_id, gram)
    ) WITHOUT ROWID`).execute(db);
    const counts = new Map<string, number>();
    let after = -1;
    // Keyset batches keep memory flat on a million tasks.
    for (;;) {
      const rows = await sql<{ rowid: number; name_fold: string }>`SELECT rowid, name_fold FROM tasks WHERE rowid > ${after} ORDER BY rowid LIMIT ${BACKFILL_BATCH}`.execute(db);
      for (const r of rows.rows) {
        const scope = scopeIdOfRowid(r.rowid);
        for (const gram of nameGramsOf(r.name_fold)) {
          const key = `${scope}\u0000${gram}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
      const last = rows.rows.at(-1);
      if (last === undefined) break;
      after = last.rowid;
    }
    const entries = [...counts.entries()];
    for (let i = 0; i < entries.length; i += 2_000) {
      const values = entries.slice(i, i + 2_000).map(([key, n]) => {
        const cut = key.indexOf('\u0000');
        return { scope_id: Number(key.slice(0, cut)), gram: key.slice(cut + 1), n };
      });
      await db.insertInto('task_name_grams').values(values).execute();
    }
  },
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
  async down(db: Kysely<any>) {
    if (dialectOf(db) === 'sqlite') await sql.raw('DROP TABLE task_name_grams').execute(db);
  },
};

const BACKFILL_BATCH = 50_000;
