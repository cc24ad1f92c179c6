import type { Kysely } from 'kysely';
import type { Storage } from '../ports.js';
import type { CoreTables } from './core-tables.js';
import { SqlClusterStore } from './sql-cluster-store.js';
import type { SqlDatabase } from './sql-database.js';
import { SqlFileStore } from './sql-file-store.js';
import { SqlTaskStore } from './sql-task-store.js';
import { SqlWorkQueue } from './sql-work-queue.js';

/** The Storage port over one open, migrated SqlDatabase (SQLite or PostgreSQL). */
export function createSqlStorage(database: SqlDatabase): Storage {
  const db = database.db as Kysely<CoreTables>;
  return {
    tasks: new SqlTaskStore(db, database.dialect),
    files: new SqlFileStore(db, database.dialect),
    clusters: new SqlClusterStore(db),
    queue: new SqlWorkQueue(db, database.dialect),
    close: () => database.close(),
  };
}
