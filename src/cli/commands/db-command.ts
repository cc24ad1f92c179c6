import { updateVulnDb } from '../../collectors/vulndb/update-vuln-db.js';
import { saveVulnDb } from '../../collectors/vulndb/vuln-db-store.js';
import { loadConfig } from '../../config/load-config.js';
import type { RegisterCommand } from './register-command.js';

export const registerDbCommand: RegisterCommand = (program) => {
  const db = program.command('db').description('The Kubernetes component CVE database used by cluster_vul');
  db
    .command('update')
    .description('Refresh the CVE database from an OSV feed into the data directory (the bundled database is the fallback)')
    .requiredOption('--from <file|dir|url>', 'OSV JSON array or record, a directory of OSV .json files, or an http(s) URL')
    .option('--data-dir <dir>', 'data directory (default: BULWARK_DATA_DIR or ./.bulwark)')
    .addHelpText('after', [
      '',
      'Advisories for packages that are not cluster components are skipped and listed on stderr.',
      'An advisory with an invalid version range fails the update and nothing is written.',
      '',
      'Exit codes: 0 database written, 2 usage error or invalid feed.',
    ].join('\n'))
    .action(async (flags: { from: string; dataDir?: string }) => {
      const config = loadConfig({ env: process.env, flags: { dataDir: flags.dataDir } });
      const update = await updateVulnDb(flags.from, Date.now());
      const path = await saveVulnDb(config.dataDir, update.db);
      for (const s of update.skipped) process.stderr.write(`bulwark: skipped ${s}\n`);
      process.stdout.write(`${update.db.records.length} CVEs (${update.fromFeed} advisories from the feed) written to ${path}\n`);
    });
};
