import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerStorageContract } from '../storage-contract.js';
import { createSqlStorage } from './create-sql-storage.js';
import { openSqlDatabase } from './open-sql-database.js';

const config = { databaseUrl: undefined, sqliteBusyTimeoutMs: 5_000, postgresPoolSize: 4 };

registerStorageContract('SQLite', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bulwark-sqlite-'));
  const database = await openSqlDatabase({ ...config, dataDir });
  const storage = createSqlStorage(database);
  return {
    storage,
    openPeer: async () => ({ ...createSqlStorage(database), close: async () => undefined }),
    async cleanup() {
      await storage.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
});
