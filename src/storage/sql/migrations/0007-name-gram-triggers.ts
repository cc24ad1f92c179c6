import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import { dialectOf } from '../dialect-of.js';

/**
 * SQLite only. Inserts add name grams in code (insert-task-batch.ts, one upsert per
 * distinct gram of a batch); nothing deletes or renames tasks today, but if something
 * does, these triggers keep task_name_grams exact in the same transaction.
 *
 * Trigger bodies cannot use WITH, so the character positions 0..length-1 come from
 * json_each over an array of `length` zeros built from zeroblob().
 */
function gramsOf(row: 'old' | 'new'): string {
  const positions = `json_each('[' || substr(replace(hex(zeroblob(length(${row}.name_fold))), '00', ',0'), 2) || ']')`;
  return `SELECT substr(${row}.name_fold, key + 1, 1) FROM ${positions}
    UNION SELECT substr(${row}.name_fold, key + 1, 2) FROM ${positions} WHERE key + 2 <= length(${row}.name_fold)`;
}

const removeOld = `UPDATE task_name_grams SET n = n - 1 WHERE scope_id = old.rowid >> 32 AND gram IN (${gramsOf('old')});`;
const addNew = `INSERT INTO task_name_grams (scope_id, gram, n) SELECT new.rowid >> 32, g, 1 FROM (${gramsOf('new').replace('SELECT substr(new.name_fold, key + 1, 1)', 'SELECT substr(new.name_fold, key + 1, 1) AS g')}) WHERE true
    ON CONFLICT (scope_id, gram) DO UPDATE SET n = n + 1;`;

export const nameGramTriggersMigration: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before any typed schema exists
  async up(db: Kysely<any>) {
    if (dialectOf(db) !== 'sqlite') return;
    await sql.raw(`CREATE TRIGGER task_name_grams_delete AFTER DELETE ON tasks BEGIN ${removeOld} END`).execute(db);
    await sql.raw(`CREATE TRIGGER task_name_grams_rename AFTER UPDATE OF name_fold ON tasks BEGIN ${removeOld} ${addNew} END`).execute(db);
  },
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
  async down(db: Kysely<any>) {
    if (dialectOf(db) !== 'sqlite') return;
    await sql.raw('DROP TRIGGER task_name_grams_rename').execute(db);
    await sql.raw('DROP TRIGGER task_name_grams_delete').execute(db);
  },
};
