import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BulwarkError } from '../../domain/errors.js';
import { BUNDLED_VULN_DB } from '../../engine/vulndb/bundled-vuln-db.js';
import { parseVulnDb } from '../../engine/vulndb/parse-vuln-db.js';
import type { VulnDb } from '../../engine/vulndb/vuln-db.js';

export function vulnDbPath(dataDir: string): string {
  return join(dataDir, 'vulndb', 'k8s-cves.json');
}

/**
 * The database to scan with: the one `bulwark db update` stored in the data directory,
 * unless the bundled one is newer (the product was upgraded since). A stored file that
 * fails validation is an error, never silently ignored.
 */
export async function loadVulnDb(dataDir: string): Promise<VulnDb> {
  let text: string;
  try {
    text = await readFile(vulnDbPath(dataDir), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return BUNDLED_VULN_DB;
    throw new BulwarkError('internal', `Cannot read ${vulnDbPath(dataDir)}: ${(err as Error).message}`, { cause: err });
  }
  let stored: VulnDb;
  try {
    stored = parseVulnDb(JSON.parse(text));
  } catch (err) {
    throw new BulwarkError('invalid_parameter', `${vulnDbPath(dataDir)} is not a valid database (${(err as Error).message}); run bulwark db update again or delete it`, { cause: err });
  }
  return Date.parse(stored.generatedAt) >= Date.parse(BUNDLED_VULN_DB.generatedAt) ? stored : BUNDLED_VULN_DB;
}

export async function saveVulnDb(dataDir: string, db: VulnDb): Promise<string> {
  const path = vulnDbPath(dataDir);
  await mkdir(join(dataDir, 'vulndb'), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(db)}\n`);
  await rename(tmp, path);
  return path;
}
