import { BulwarkError } from '../../domain/errors.js';
import { buildVulnDb } from '../../engine/vulndb/build-vuln-db.js';
import { BUNDLED_VULN_DB } from '../../engine/vulndb/bundled-vuln-db.js';
import { CURATED_CVE_RECORDS } from '../../engine/vulndb/curated-cve-records.js';
import { readOsvRecord } from '../../engine/vulndb/read-osv-record.js';
import type { SourceRecord } from '../../engine/vulndb/source-record.js';
import type { VulnDb } from '../../engine/vulndb/vuln-db.js';
import { readOsvFeed } from './read-osv-feed.js';

export interface VulnDbUpdate {
  readonly db: VulnDb;
  /** Advisories in the feed that named a cluster component. */
  readonly fromFeed: number;
  /** Why feed entries (or parts) were skipped. */
  readonly skipped: readonly string[];
}

/**
 * Builds a fresh database from an OSV feed on top of the bundled one: feed ranges win
 * for the components they name, bundled and curated entries fill the rest, so a partial
 * feed never removes CVEs. An advisory with an invalid range fails the whole update.
 */
export async function updateVulnDb(from: string, now: number, fetchImpl?: typeof fetch): Promise<VulnDbUpdate> {
  const feed = await readOsvFeed(from, fetchImpl);
  const fresh: SourceRecord[] = [];
  const skipped: string[] = [];
  feed.records.forEach((raw, i) => {
    const origin = feed.origins[i] ?? from;
    let result;
    try {
      result = readOsvRecord(raw, 'feed');
    } catch (err) {
      throw new BulwarkError('invalid_parameter', `Invalid OSV feed: ${origin}: ${(err as Error).message}`, { field: 'from', cause: err });
    }
    for (const s of result.skipped) skipped.push(`${origin}: ${s}`);
    if (result.record) fresh.push(result.record);
  });
  if (fresh.length === 0) throw new BulwarkError('invalid_parameter', `Invalid OSV feed: ${from} has no advisory for a cluster component`, { field: 'from' });
  const bundled: SourceRecord[] = BUNDLED_VULN_DB.records.map((r) => ({
    id: r.id, aliases: r.aliases, published: r.published, summary: r.title, affected: r.affected,
    cvss: r.cvss ? { vector: r.cvss.vector, score: r.cvss.score } : null, references: r.references, source: 'bundled',
  }));
  const db = buildVulnDb([...fresh, ...CURATED_CVE_RECORDS, ...bundled], new Date(now).toISOString(), [
    ...BUNDLED_VULN_DB.sources,
    { name: 'OSV feed', url: from, license: 'as published by the feed' },
  ]);
  return { db, fromFeed: fresh.length, skipped };
}
