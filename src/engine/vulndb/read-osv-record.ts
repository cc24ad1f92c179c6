import type { Severity } from '../../domain/severity.js';
import { componentOfPackage, isKubernetesStagingModule, type ComponentId } from './component-id.js';
import { fixedVersionsOf, type OsvRange } from './osv-range.js';
import { parseOsvRange } from './parse-vuln-db.js';
import { parseSemver } from './semver-version.js';
import type { SourceRecord } from './source-record.js';
import type { AffectedComponent } from './vuln-db.js';

export interface OsvReadResult {
  readonly record: SourceRecord | undefined;
  /** Why parts (or all) of the advisory were not usable. */
  readonly skipped: readonly string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const strOr = (v: unknown, d: string): string => (typeof v === 'string' ? v : d);

const GHSA_LABELS: Readonly<Record<string, Severity>> = { CRITICAL: 'critical', HIGH: 'high', MODERATE: 'medium', MEDIUM: 'medium', LOW: 'low' };

/**
 * Reads one OSV advisory (Kubernetes feed or GHSA). Only packages we can place on a
 * cluster component are kept; the rest are listed in `skipped`. Invalid ranges throw.
 */
export function readOsvRecord(value: unknown, source = 'osv'): OsvReadResult {
  const skipped: string[] = [];
  if (!isObj(value) || typeof value.id !== 'string' || value.id === '') {
    return { record: undefined, skipped: ['not an OSV record (no id)'] };
  }
  const aliasesIn = Array.isArray(value.aliases) ? value.aliases.filter((a): a is string => typeof a === 'string') : [];
  // GHSA records carry the CVE id as an alias; the database is keyed by CVE.
  const cve = [value.id, ...aliasesIn].find((x) => /^CVE-\d{4}-\d+$/.test(x));
  const id = cve ?? value.id;
  const aliases = [value.id, ...aliasesIn].filter((x) => x !== id);
  const affected: AffectedComponent[] = [];
  let vector: string | undefined;
  for (const [i, a] of (Array.isArray(value.affected) ? value.affected : []).entries()) {
    if (!isObj(a) || !isObj(a.package)) { skipped.push(`affected[${i}] has no package`); continue; }
    const name = strOr(a.package.name, '');
    const ecosystem = strOr(a.package.ecosystem, '').toLowerCase();
    const component = componentOfPackage(name);
    if (!component) { skipped.push(`affected[${i}] package ${name} is not a cluster component`); continue; }
    if (ecosystem !== 'kubernetes' && ecosystem !== 'go') { skipped.push(`affected[${i}] ecosystem ${ecosystem} is not supported`); continue; }
    const translate = ecosystem === 'go' && isKubernetesStagingModule(name);
    const ranges: OsvRange[] = [];
    for (const [j, r] of (Array.isArray(a.ranges) ? a.ranges : []).entries()) {
      if (isObj(r) && r.type === 'GIT') { skipped.push(`affected[${i}].ranges[${j}] is a GIT range`); continue; }
      const range = parseOsvRange(translate ? translateRange(r) : r, `${id}.affected[${i}].ranges[${j}]`);
      ranges.push(range);
    }
    const versions = (Array.isArray(a.versions) ? a.versions : [])
      .filter((v): v is string => typeof v === 'string')
      .map((v) => (translate ? translateVersion(v) : v))
      .filter((v) => parseSemver(v) !== undefined);
    if (ranges.length === 0 && versions.length === 0) { skipped.push(`affected[${i}] has no usable range`); continue; }
    vector ??= vectorOf(a.severity);
    mergeInto(affected, component, ranges, versions);
  }
  vector ??= vectorOf(value.severity);
  const dbSpecific = isObj(value.database_specific) ? value.database_specific : {};
  const label = GHSA_LABELS[strOr(dbSpecific.severity, '').toUpperCase()];
  const references = (Array.isArray(value.references) ? value.references : [])
    .map((r) => (isObj(r) ? r.url : undefined))
    .filter((u): u is string => typeof u === 'string' && u !== '');
  if (affected.length === 0) return { record: undefined, skipped };
  const record: SourceRecord = {
    id,
    aliases,
    published: typeof value.published === 'string' ? value.published : null,
    summary: strOr(value.summary, '').trim(),
    affected,
    cvss: vector ? { vector } : null,
    ...(label ? { labelSeverity: label } : {}),
    references,
    source,
  };
  return { record, skipped };
}

function vectorOf(severity: unknown): string | undefined {
  if (!Array.isArray(severity)) return undefined;
  for (const s of severity) {
    if (isObj(s) && (s.type === 'CVSS_V3' || s.type === 'CVSS_V31') && typeof s.score === 'string') return s.score;
  }
  return undefined;
}

function mergeInto(list: AffectedComponent[], component: ComponentId, ranges: OsvRange[], versions: string[]): void {
  // GHSA splits one package into several `affected` entries; keep one entry per component.
  const i = list.findIndex((x) => x.component === component);
  const prev = i >= 0 ? list[i] : undefined;
  const allRanges = [...(prev?.ranges ?? []), ...ranges.map((range) => ({ kind: 'osv' as const, range }))];
  const fixed = new Set([...(prev?.fixedVersions ?? []), ...ranges.flatMap(fixedVersionsOf)]);
  const entry: AffectedComponent = {
    component,
    ranges: allRanges,
    versions: [...(prev?.versions ?? []), ...versions],
    fixedVersions: [...fixed],
  };
  if (i >= 0) list[i] = entry; else list.push(entry);
}

function translateVersion(v: string): string {
  return v.replace(/^v?0\.(\d+)\./, '1.$1.');
}

function translateRange(r: unknown): unknown {
  if (!isObj(r) || !Array.isArray(r.events)) return r;
  return {
    ...r,
    events: r.events.map((e) => {
      if (!isObj(e)) return e;
      const out: Obj = {};
      for (const [k, v] of Object.entries(e)) out[k] = typeof v === 'string' && v !== '0' && v !== '*' ? translateVersion(v) : v;
      return out;
    }),
  };
}
