import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { CoreTables } from './core-tables.js';
import type { SqlDialectName } from './sql-database.js';

/**
 * Runs `fn` in a transaction that holds the write lock from its first statement.
 * SQLite: `BEGIN IMMEDIATE`, because a deferred transaction that reads and then writes
 * fails with SQLITE_BUSY_SNAPSHOT (ignoring the busy timeout) when another process
 * committed in between. PostgreSQL: an ordinary transaction (row locks do the work).
 */
export async function inWriteTransaction<T>(db: Kysely<CoreTables>, dialect: SqlDialectName, fn: (trx: Kysely<CoreTables>) => Promise<T>): Promise<T> {
  if (dialect === 'postgres') return db.transaction().execute((trx) => fn(trx));
  return db.connection().execute(async (conn) => {
    await sql`BEGIN IMMEDIATE`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`COMMIT`.execute(conn);
      return result;
    } catch (err) {
      // Rolling back after a failed COMMIT only errors with "no transaction"; the first error matters.
      await sql`ROLLBACK`.execute(conn).catch(() => undefined);
      throw err;
    }
  });
}
