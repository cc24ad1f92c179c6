import { randomBytes } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { iamMigration } from './migrations/0002-iam.js';
import type { SqlDatabase } from './sql-database.js';

/**
 * Test-only: fresh, iam-migrated databases on both dialects, so the identity tests run the
 * same assertions on SQLite and on a real PostgreSQL (each run in its own schema).
 */
export interface IamTestDatabase {
  readonly name: 'sqlite' | 'postgres';
  open(): Promise<SqlDatabase>;
}

export const TEST_POSTGRES_URL = process.env['BULWARK_TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

let postgresReachable: Promise<string | undefined> | undefined;

/** undefined when reachable, otherwise the reason (the caller prints it and skips). */
export function postgresUnavailableReason(): Promise<string | undefined> {
  postgresReachable ??= (async () => {
    const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('select 1');
      return undefined;
    } catch (err) {
      return `PostgreSQL at ${TEST_POSTGRES_URL} unreachable: ${(err as Error).message}`;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return postgresReachable;
}

export const sqliteTestDatabase: IamTestDatabase = {
  name: 'sqlite',
  async open() {
    const native = new BetterSqlite3(':memory:');
    native.pragma('foreign_keys = ON');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- SqlDatabase is untyped by contract
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: native }) });
    await iamMigration.up(db);
    return { db, dialect: 'sqlite', close: () => db.destroy() };
  },
};

export const postgresTestDatabase: IamTestDatabase = {
  name: 'postgres',
  async open() {
    const schema = `iam_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    try {
      await admin.query(`create schema ${schema}`);
    } finally {
      await admin.end();
    }
    const pool = new pg.Pool({ connectionString: TEST_POSTGRES_URL, options: `-c search_path=${schema}`, max: 4 });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- SqlDatabase is untyped by contract
    const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
    await iamMigration.up(db);
    return {
      db,
      dialect: 'postgres',
      async close() {
        await db.destroy();
        const cleanup = new pg.Client({ connectionString: TEST_POSTGRES_URL });
        await cleanup.connect();
        try {
          await cleanup.query(`drop schema ${schema} cascade`);
        } finally {
          await cleanup.end();
        }
      },
    };
  },
};

/**
 * The dialects to test on. PostgreSQL is skipped with a printed notice when unreachable,
 * except under CI, where its absence is a failure.
 */
export async function iamTestDatabases(): Promise<IamTestDatabase[]> {
  const reason = await postgresUnavailableReason();
  if (reason === undefined) return [sqliteTestDatabase, postgresTestDatabase];
  if (process.env['CI']) throw new Error(`${reason} (required when CI is set)`);
  console.warn(`[iam tests] skipping PostgreSQL: ${reason}`);
  return [sqliteTestDatabase];
}
