import { Migrator } from 'kysely/migration';
import { BulwarkError } from '../../domain/errors.js';
import { MIGRATIONS } from './migrations/index.js';
import type { SqlDatabase } from './sql-database.js';

function migratorFor(database: SqlDatabase, schema: string | undefined): Migrator {
  return new Migrator({
    db: database.db,
    provider: { getMigrations: async () => ({ ...MIGRATIONS }) },
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
}

/** Applies every pending migration (in key order, one transaction each); returns the names applied now. */
export async function runMigrations(database: SqlDatabase, schema?: string): Promise<string[]> {
  const { error, results } = await migratorFor(database, schema).migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new BulwarkError('internal', `database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Every known migration and when it was applied (undefined = pending). */
export async function listMigrations(database: SqlDatabase, schema?: string): Promise<{ name: string; executedAt: Date | undefined }[]> {
  const infos = await migratorFor(database, schema).getMigrations();
  return infos.map((m) => ({ name: m.name, executedAt: m.executedAt }));
}
