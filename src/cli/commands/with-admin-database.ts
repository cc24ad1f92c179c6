import { loadConfig, masterKeyFilePath } from '../../config/load-config.js';
import { createIdentityServices, type IdentityServices } from '../../iam/create-identity-services.js';
import { openSqlDatabase } from '../../storage/sql/open-sql-database.js';
import type { SqlDatabase } from '../../storage/sql/sql-database.js';

export interface AdminDatabase {
  readonly database: SqlDatabase;
  readonly identity: IdentityServices;
}

/**
 * For administrative commands (`iam`, `cluster register|list|delete`): opens the database named
 * by --data-dir/--database-url with the server's master key, runs `work`, and closes the
 * database whatever happens.
 */
export async function withAdminDatabase<T>(flags: Readonly<Record<string, unknown>>, work: (admin: AdminDatabase) => Promise<T>): Promise<T> {
  const config = loadConfig({ env: process.env, flags: { dataDir: flags['dataDir'], databaseUrl: flags['databaseUrl'], masterKeyFile: flags['masterKeyFile'] } });
  const database = await openSqlDatabase(config);
  try {
    const identity = await createIdentityServices({
      database, masterKeyBase64: config.masterKey, masterKeyFile: masterKeyFilePath(config), tokenTtlMs: config.tokenTtlSeconds * 1000,
    });
    return await work({ database, identity });
  } finally {
    await database.close();
  }
}
