import type { Kysely } from 'kysely';
import { PostgresAdapter } from 'kysely';
import type { SqlDialectName } from './sql-database.js';

/** Which SQL dialect a Kysely handle speaks; migrations branch on it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any handle, whatever its tables
export function dialectOf(db: Kysely<any>): SqlDialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
