import { CONFIG_SETTINGS } from '../../config/config-settings.js';
import { loadConfig } from '../../config/load-config.js';
import { openSqlDatabase } from '../../storage/sql/open-sql-database.js';
import { listMigrations, runMigrations } from '../../storage/sql/run-migrations.js';
import type { RegisterCommand } from './register-command.js';

/**
 * `bulwark migrate [--status]`: brings the database named by --data-dir/--database-url
 * to the latest schema (serve and worker also do this at start-up). Exit codes: 0 done,
 * 1 bad configuration, unreachable database or failed migration.
 */
export const registerMigrateCommand: RegisterCommand = (program, setExitCode) => {
  const { dataDir, databaseUrl } = CONFIG_SETTINGS;
  program
    .command('migrate')
    .description('Apply pending database migrations (or list them with --status)')
    .option(`${dataDir.flag} <dir>`, `${dataDir.doc} (env ${dataDir.env})`)
    .option(`${databaseUrl.flag} <url>`, `${databaseUrl.doc} (env ${databaseUrl.env})`)
    .option('--status', 'List migrations and whether they are applied; change nothing')
    .action(async (flags: Record<string, unknown>) => {
      try {
        const config = loadConfig({ env: process.env, flags });
        const database = await openSqlDatabase(config, { migrate: false });
        try {
          if (flags['status'] === true) {
            for (const m of await listMigrations(database)) {
              process.stdout.write(`${m.name}\t${m.executedAt === undefined ? 'pending' : `applied ${m.executedAt.toISOString()}`}\n`);
            }
          } else {
            const applied = await runMigrations(database);
            process.stdout.write(applied.length === 0 ? 'database is up to date\n' : `applied: ${applied.join(', ')}\n`);
          }
        } finally {
          await database.close();
        }
      } catch (err) {
        process.stderr.write(`bulwark migrate: ${err instanceof Error ? err.message : String(err)}\n`);
        setExitCode(1);
      }
    });
};
