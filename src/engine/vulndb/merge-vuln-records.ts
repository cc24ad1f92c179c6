import type { Severity } from '../../domain/severity.js';
import type { CveAnnotation } from './cve-annotations.js';
import { cvss3BaseScore, severityFromCvss } from './cvss-score.js';
import type { SourceRecord } from './source-record.js';
import type { AffectedComponent, VulnRecord } from './vuln-db.js';

/**
 * Order in which inputs are listed (references, aliases, published date, CVSS): a fresh
 * feed first, then the bundled OSV files, our curated entries, stackrox, and finally
 * records carried over from the bundled database during `db update`.
 */
const PRIORITY: readonly string[] = ['feed', 'osv', 'curated', 'stackrox', 'bundled'];
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
    const { affected, deciders } = mergeAffected(sorted);
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
      affected,
      references: unique(sorted.flatMap((r) => r.references)),
      preconditions: note?.preconditions ?? [],
      provenance: { rangesFrom: [...deciders].join('+'), sources: unique(sorted.map((r) => r.source)) },
    });
  }
  return out.sort((a, b) => compareCveIds(a.id, b.id));
}

/**
 * Per component, the ranges of every source are OR-ed. The official feed often lists only
 * the branches still supported when the advisory was written (CVE-2023-3676 starts at
 * 1.24.0 although every older kubelet is affected), while stackrox keeps older ranges; a
 * scanner must not call an end-of-life version clean because a feed stopped at a branch.
 * Curated entries only stand in until an upstream source covers the component.
 */
function mergeAffected(sorted: readonly SourceRecord[]): { affected: AffectedComponent[]; deciders: Set<string> } {
  const byComponent = new Map<string, { entries: AffectedComponent[]; sources: string[] }>();
  for (const r of sorted) {
    for (const a of r.affected) {
      const slot = byComponent.get(a.component) ?? { entries: [], sources: [] };
      slot.entries.push(a);
      slot.sources.push(r.source);
      byComponent.set(a.component, slot);
    }
  }
  const affected: AffectedComponent[] = [];
  const deciders = new Set<string>();
  for (const [component, slot] of byComponent) {
    const upstream = slot.sources.some((s) => s !== 'curated');
    const picked = slot.entries.filter((_, i) => !upstream || slot.sources[i] !== 'curated');
    slot.sources.filter((s) => !upstream || s !== 'curated').forEach((s) => deciders.add(s));
    affected.push({
      component: component as AffectedComponent['component'],
      ranges: uniqueBy(picked.flatMap((a) => a.ranges), (r) => JSON.stringify(r)),
      versions: unique(picked.flatMap((a) => a.versions)),
      fixedVersions: unique(picked.flatMap((a) => a.fixedVersions)),
    });
  }
  return { affected, deciders };
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => { const k = key(item); if (seen.has(k)) return false; seen.add(k); return true; });
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
