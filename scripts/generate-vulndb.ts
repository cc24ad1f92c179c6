/**
 * Regenerates src/engine/vulndb/k8s-cves.json from the reference feeds in
 * ../shared/data/k8s-cves (OSV files from the official Kubernetes CVE feed and the
 * stackrox/k8s-cves YAML records, both Apache-2.0) plus our curated newer CVEs.
 *
 *   npx tsx scripts/generate-vulndb.ts [--check]
 *
 * `--check` exits 1 when the committed file differs from what would be generated.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { buildVulnDb } from '../src/engine/vulndb/build-vuln-db.js';
import { CURATED_CVE_RECORDS } from '../src/engine/vulndb/curated-cve-records.js';
import { CVE_ANNOTATIONS } from '../src/engine/vulndb/cve-annotations.js';
import { readOsvRecord } from '../src/engine/vulndb/read-osv-record.js';
import { readStackroxRecord } from '../src/engine/vulndb/read-stackrox-record.js';
import type { SourceRecord } from '../src/engine/vulndb/source-record.js';
import type { VulnDb } from '../src/engine/vulndb/vuln-db.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const feedDir = resolve(repoRoot, '..', 'shared', 'data', 'k8s-cves');
const outFile = join(repoRoot, 'src', 'engine', 'vulndb', 'k8s-cves.json');

const SOURCES: VulnDb['sources'] = [
  { name: 'Kubernetes official CVE feed (OSV)', url: 'https://kubernetes.io/docs/reference/issues-security/official-cve-feed/', license: 'Apache-2.0' },
  { name: 'stackrox/k8s-cves', url: 'https://github.com/stackrox/k8s-cves', license: 'Apache-2.0' },
  { name: 'Curated from Kubernetes security advisories', url: 'https://github.com/kubernetes/kubernetes/issues?q=label%3Aofficial-cve-feed', license: 'facts only' },
];

async function readInputs(): Promise<SourceRecord[]> {
  const records: SourceRecord[] = [];
  for (const name of (await readdir(join(feedDir, 'osv'))).filter((n) => n.endsWith('.json')).sort()) {
    const { record, skipped } = readOsvRecord(JSON.parse(await readFile(join(feedDir, 'osv', name), 'utf8')) as unknown);
    for (const s of skipped) console.warn(`osv/${name}: skipped ${s}`);
    if (record) records.push(record);
  }
  for (const name of (await readdir(join(feedDir, 'stackrox'))).filter((n) => n.endsWith('.yaml')).sort()) {
    records.push(readStackroxRecord(parseYaml(await readFile(join(feedDir, 'stackrox', name), 'utf8')) as unknown));
  }
  return [...records, ...CURATED_CVE_RECORDS];
}

// The newest date in the inputs, so regenerating unchanged inputs gives an identical file.
function newestDate(records: readonly SourceRecord[]): string {
  const times = records.map((r) => (r.published ? Date.parse(r.published) : NaN)).filter((t) => !Number.isNaN(t));
  return new Date(Math.max(...times)).toISOString();
}

async function main(): Promise<number> {
  const inputs = await readInputs();
  const missing = [...new Set(inputs.map((r) => r.id))].filter((id) => CVE_ANNOTATIONS[id] === undefined);
  if (missing.length > 0) {
    console.error(`no title written for: ${missing.join(', ')} (add them to cve-annotations.ts)`);
    return 1;
  }
  const db = buildVulnDb(inputs, newestDate(inputs), SOURCES);
  const text = `${JSON.stringify(db, null, 1)}\n`;
  if (process.argv.includes('--check')) {
    const current = await readFile(outFile, 'utf8').catch(() => '');
    if (current !== text) { console.error(`${outFile} is stale; run npx tsx scripts/generate-vulndb.ts`); return 1; }
    console.log(`${outFile} is up to date (${db.records.length} CVEs)`);
    return 0;
  }
  await writeFile(outFile, text);
  console.log(`wrote ${db.records.length} CVEs to ${outFile}`);
  return 0;
}

process.exitCode = await main();
