import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import { dialectOf } from '../dialect-of.js';

/**
 * SQLite only. A name search combined with other filters counts its trigram matches that
 * pass those filters: one lookup per match. On the task rows (hundreds of bytes each,
 * spread over the whole file) that is ~1 µs per match; `task_facets` keeps just the
 * filter columns per rowid (~30 bytes), so the same lookups stay in a few cached pages.
 * Project, EP and type are implied by the scope-ranged rowid. Triggers keep it in the
 * same transaction as every task insert, status change and delete.
 */
export const taskFacetsMigration: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before any typed schema exists
  async up(db: Kysely<any>) {
    if (dialectOf(db) !== 'sqlite') return;
    const statements = [
      `CREATE TABLE task_facets (
        rowid INTEGER PRIMARY KEY,
        created_at INTEGER NOT NULL,
        status TEXT NOT NULL,
        trigger_type TEXT NOT NULL,
        file_type TEXT NOT NULL,
        scan_mask INTEGER NOT NULL
      )`,
      `INSERT INTO task_facets (rowid, created_at, status, trigger_type, file_type, scan_mask)
        SELECT rowid, created_at, status, trigger_type, file_type, scan_mask FROM tasks ORDER BY rowid`,
      `CREATE TRIGGER task_facets_insert AFTER INSERT ON tasks BEGIN
        INSERT INTO task_facets (rowid, created_at, status, trigger_type, file_type, scan_mask)
        VALUES (new.rowid, new.created_at, new.status, new.trigger_type, new.file_type, new.scan_mask);
      END`,
      `CREATE TRIGGER task_facets_update AFTER UPDATE OF created_at, status, trigger_type, file_type, scan_mask ON tasks BEGIN
        UPDATE task_facets SET created_at = new.created_at, status = new.status, trigger_type = new.trigger_type,
          file_type = new.file_type, scan_mask = new.scan_mask WHERE rowid = new.rowid;
      END`,
      `CREATE TRIGGER task_facets_delete AFTER DELETE ON tasks BEGIN DELETE FROM task_facets WHERE rowid = old.rowid; END`,
    ];
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
  async down(db: Kysely<any>) {
    if (dialectOf(db) !== 'sqlite') return;
    for (const name of ['task_facets_delete', 'task_facets_update', 'task_facets_insert']) await sql.raw(`DROP TRIGGER ${name}`).execute(db);
    await sql.raw('DROP TABLE task_facets').execute(db);
  },
};
