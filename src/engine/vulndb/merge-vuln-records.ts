import type { Severity } from '../../domain/severity.js';
import type { CveAnnotation } from './cve-annotations.js';
import { cvss3BaseScore, severityFromCvss } from './cvss-score.js';
import type { SourceRecord } from './source-record.js';
import type { AffectedComponent, VulnRecord } from './vuln-db.js';

/**
 * Which input decides a component's ranges when several describe the same CVE: a fresh
 * feed beats the bundled OSV files, OSV beats our curated entries, and the stackrox
 * constraints only fill components and CVEs nobody else covers.
 */
const PRIORITY: readonly string[] = ['feed', 'osv', 'curated', 'stackrox'];
const rank = (source: string): number => {
  const i = PRIORITY.indexOf(source);
  return i < 0 ? PRIORITY.length : i;
};

// Advisories with neither a vector nor a label are rare; rating them low would hide them.
const UNRATED: Severity = 'medium';

export function mergeVulnRecords(
  inputs: readonly SourceRecord[],
  annotations: Readonly<Record<string, CveAnnotation>>,
): VulnRecord[] {
  const byId = new Map<string, SourceRecord[]>();
  for (const r of inputs) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  const out: VulnRecord[] = [];
  for (const [id, group] of byId) {
    const sorted = [...group].sort((a, b) => rank(a.source) - rank(b.source));
    const affected = new Map<string, AffectedComponent>();
    const deciders = new Set<string>();
    for (const r of sorted) {
      for (const a of r.affected) {
        if (affected.has(a.component)) continue;
        affected.set(a.component, a);
        deciders.add(r.source);
      }
    }
    const withVector = sorted.find((r) => r.cvss !== null);
    const vector = withVector?.cvss?.vector;
    const computed = vector === undefined ? undefined : cvss3BaseScore(vector);
    const score = computed ?? withVector?.cvss?.score;
    const label = sorted.find((r) => r.labelSeverity !== undefined)?.labelSeverity;
    const severity = score !== undefined ? severityFromCvss(score) : (label ?? UNRATED);
    const note = annotations[id];
    const best = sorted[0] as SourceRecord;
    out.push({
      id,
      aliases: unique(sorted.flatMap((r) => r.aliases)).filter((a) => a !== id),
      title: note?.title ?? titleFromSummary(best.summary, id),
      published: sorted.find((r) => r.published !== null)?.published ?? null,
      severity,
      cvss: vector !== undefined && score !== undefined ? { score, vector } : null,
      affected: [...affected.values()],
      references: unique(sorted.flatMap((r) => r.references)),
      preconditions: note?.preconditions ?? [],
      provenance: { rangesFrom: [...deciders].join('+'), sources: unique(sorted.map((r) => r.source)) },
    });
  }
  return out.sort((a, b) => compareCveIds(a.id, b.id));
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

function titleFromSummary(summary: string, id: string): string {
  const first = summary.split(/\r?\n/)[0]?.trim() ?? '';
  if (first === '') return id;
  return first.length > 120 ? `${first.slice(0, 117)}...` : first;
}

/** CVE-2019-9512 before CVE-2019-11243: by year, then by number. */
export function compareCveIds(a: string, b: string): number {
  const pa = /^CVE-(\d+)-(\d+)$/.exec(a);
  const pb = /^CVE-(\d+)-(\d+)$/.exec(b);
  if (pa && pb) return Number(pa[1]) - Number(pb[1]) || Number(pa[2]) - Number(pb[2]);
  return a < b ? -1 : a > b ? 1 : 0;
}
