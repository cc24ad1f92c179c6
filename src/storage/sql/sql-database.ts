import type { Kysely } from 'kysely';

export type SqlDialectName = 'sqlite' | 'postgres';

/**
 * One open, migrated database: SQLite (embedded default) or PostgreSQL. Every SQL store
 * (tasks, files, results, clusters, identities) is built over the same handle, so one
 * transaction can span them. Tables are typed per store; the handle itself is untyped.
 */
export interface SqlDatabase {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each store narrows it to its own tables
  readonly db: Kysely<any>;
  readonly dialect: SqlDialectName;
  close(): Promise<void>;
}
