import { mkdirSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { BulwarkConfig } from '../../config/config-settings.js';
import { sqliteFilePath } from '../../config/load-config.js';
import { BulwarkError } from '../../domain/errors.js';
import { runMigrations } from './run-migrations.js';
import type { SqlDatabase } from './sql-database.js';

export type SqlDatabaseConfig = Pick<BulwarkConfig, 'dataDir' | 'databaseUrl' | 'sqliteBusyTimeoutMs' | 'postgresPoolSize'>;

export interface OpenSqlDatabaseOptions {
  /** PostgreSQL: create (if missing) and use this schema instead of `public` (tests use one per run). */
  readonly postgresSchema?: string;
  /** SQLite: use this file (or `:memory:`) instead of the one in the data directory. */
  readonly sqliteFile?: string;
  /** Skip migrations (only for tools that inspect a database as it is). */
  readonly migrate?: boolean;
}

// BIGINT comes back from pg as a string by default; epoch-ms fits a double exactly.
pg.types.setTypeParser(20, (v: string) => Number(v));

/**
 * Opens SQLite (embedded default: one file in the data directory, WAL, busy timeout,
 * foreign keys) or PostgreSQL (a pg Pool), runs every migration, returns the handle.
 */
export async function openSqlDatabase(config: SqlDatabaseConfig, options: OpenSqlDatabaseOptions = {}): Promise<SqlDatabase> {
  const database = config.databaseUrl === undefined ? openSqlite(config, options) : await openPostgres(config.databaseUrl, config, options);
  if (options.migrate !== false) {
    try {
      await runMigrations(database, options.postgresSchema);
    } catch (err) {
      await database.close();
      throw err;
    }
  }
  return database;
}

function openSqlite(config: SqlDatabaseConfig, options: OpenSqlDatabaseOptions): SqlDatabase {
  const file = options.sqliteFile ?? sqliteFilePath(config);
  if (options.sqliteFile === undefined) mkdirSync(config.dataDir, { recursive: true });
  let raw: BetterSqlite3.Database;
  try {
    raw = new BetterSqlite3(file);
    raw.pragma('journal_mode = WAL');
    raw.pragma(`busy_timeout = ${config.sqliteBusyTimeoutMs}`);
    raw.pragma('foreign_keys = ON');
    // WAL makes NORMAL durable against process crashes; only power loss can drop the last commits.
    raw.pragma('synchronous = NORMAL');
    // The default 2 MB page cache thrashes on a million-task table; list queries touch index pages.
    raw.pragma('cache_size = -65536');
    raw.pragma('mmap_size = 268435456');
  } catch (err) {
    throw new BulwarkError('internal', `cannot open SQLite database ${file}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) });
  return {
    db,
    dialect: 'sqlite',
    async close() {
      await db.destroy();
    },
  };
}

const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely prepares every query anew; preparing costs more than running an indexed list
 * query, so prepared statements are kept per SQL text (Kysely's connection mutex means
 * one statement is never used by two queries at once).
 */
function withStatementCache(raw: BetterSqlite3.Database): { prepare(sql: string): BetterSqlite3.Statement; close(): void } {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    prepare(sql: string) {
      const hit = cache.get(sql);
      if (hit !== undefined) {
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const statement = raw.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      return statement;
    },
    close() {
      cache.clear();
      raw.close();
    },
  };
}

async function openPostgres(url: string, config: SqlDatabaseConfig, options: OpenSqlDatabaseOptions): Promise<SqlDatabase> {
  const schema = options.postgresSchema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new BulwarkError('invalid_parameter', `invalid PostgreSQL schema name "${schema}"`);
  if (schema !== undefined) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    } catch (err) {
      throw new BulwarkError('internal', `cannot reach PostgreSQL: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: config.postgresPoolSize,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema},public` }),
  });
  // An idle client losing its connection emits 'error' on the pool; unhandled, it kills the process.
  pool.on('error', () => undefined);
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    await db.destroy();
    throw new BulwarkError('internal', `cannot reach PostgreSQL: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  return {
    db,
    dialect: 'postgres',
    async close() {
      await db.destroy();
    },
  };
}
