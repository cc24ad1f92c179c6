import { CVE_ANNOTATIONS, type CveAnnotation } from './cve-annotations.js';
import { mergeVulnRecords } from './merge-vuln-records.js';
import { parseVulnDb } from './parse-vuln-db.js';
import type { SourceRecord } from './source-record.js';
import type { VulnDb } from './vuln-db.js';

/**
 * Merges source records by CVE id into a database and validates the result with the same
 * checks a loaded file gets, so a bad build can never be written.
 */
export function buildVulnDb(
  inputs: readonly SourceRecord[],
  generatedAt: string,
  sources: VulnDb['sources'],
  annotations: Readonly<Record<string, CveAnnotation>> = CVE_ANNOTATIONS,
): VulnDb {
  const db: VulnDb = { schemaVersion: 1, generatedAt, sources, records: mergeVulnRecords(inputs, annotations) };
  // Round-trip through JSON so the check sees exactly what would be stored.
  return parseVulnDb(JSON.parse(JSON.stringify(db)));
}
