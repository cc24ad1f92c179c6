import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, it } from 'vitest';
import { registerStorageContract } from '../storage-contract.js';
import { createSqlStorage } from './create-sql-storage.js';
import { openSqlDatabase } from './open-sql-database.js';

const url = process.env['BULWARK_TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

async function reachable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    // Installed once in public so dropping a test schema never drops the extension.
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public');
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const problem = await reachable();
if (problem !== undefined && process.env['CI'] !== undefined) {
  describe('storage contract: PostgreSQL', () => {
    it('needs a reachable PostgreSQL in CI', () => {
      throw new Error(`PostgreSQL at ${url} is unreachable: ${problem}`);
    });
  });
} else if (problem !== undefined) {
  console.warn(`[postgres-storage.test] skipped: PostgreSQL at ${url} is unreachable (${problem})`);
  describe.skip('storage contract: PostgreSQL (unreachable)', () => {
    it('skipped', () => undefined);
  });
} else {
  registerStorageContract('PostgreSQL', async () => {
    const schema = `bw_test_${randomBytes(6).toString('hex')}`;
    const config = { dataDir: '.', databaseUrl: url, sqliteBusyTimeoutMs: 5_000, postgresPoolSize: 6 };
    const open = async () => createSqlStorage(await openSqlDatabase(config, { postgresSchema: schema }));
    const storage = await open();
    return {
      storage,
      openPeer: open,
      async cleanup() {
        await storage.close();
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      },
    };
  });
}
