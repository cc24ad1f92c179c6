import { BulwarkError } from '../../domain/errors.js';
import { isSeverity } from '../../domain/severity.js';
import { isComponentId } from './component-id.js';
import { checkOsvEvent, type OsvEvent, type OsvRange } from './osv-range.js';
import { isPreconditionId, type PreconditionId } from './precondition-id.js';
import { parseSemver } from './semver-version.js';
import { parseVersionConstraint } from './version-constraint.js';
import type { AffectedComponent, AffectedRange, VulnDb, VulnRecord } from './vuln-db.js';

type Obj = Record<string, unknown>;

function fail(field: string, reason: string): never {
  throw new BulwarkError('invalid_parameter', `Invalid vulnerability database: ${field} ${reason}`, { field });
}
function obj(v: unknown, field: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(field, 'must be an object');
  return v as Obj;
}
function arr(v: unknown, field: string): unknown[] {
  if (!Array.isArray(v)) fail(field, 'must be an array');
  return v;
}
function str(v: unknown, field: string): string {
  if (typeof v !== 'string' || v === '') fail(field, 'must be a non-empty string');
  return v;
}
function strings(v: unknown, field: string): string[] {
  return arr(v, field).map((x, i) => str(x, `${field}[${i}]`));
}
function version(v: unknown, field: string): string {
  const s = str(v, field);
  if (!parseSemver(s)) fail(field, `is not a version: ${JSON.stringify(s)}`);
  return s;
}

/** Checks a database read from disk or a feed; nothing is trusted until it passes. */
export function parseVulnDb(value: unknown): VulnDb {
  const root = obj(value, '$');
  if (root.schemaVersion !== 1) fail('schemaVersion', 'must be 1');
  const generatedAt = str(root.generatedAt, 'generatedAt');
  if (Number.isNaN(Date.parse(generatedAt))) fail('generatedAt', 'must be an ISO date-time');
  const sources = arr(root.sources, 'sources').map((s, i) => {
    const o = obj(s, `sources[${i}]`);
    return { name: str(o.name, `sources[${i}].name`), url: str(o.url, `sources[${i}].url`), license: str(o.license, `sources[${i}].license`) };
  });
  const seen = new Set<string>();
  const records = arr(root.records, 'records').map((r, i) => {
    const rec = parseVulnRecord(r, `records[${i}]`);
    if (seen.has(rec.id)) fail(`records[${i}].id`, `duplicates ${rec.id}`);
    seen.add(rec.id);
    return rec;
  });
  return { schemaVersion: 1, generatedAt, sources, records };
}

export function parseVulnRecord(value: unknown, field: string): VulnRecord {
  const o = obj(value, field);
  const severity = o.severity;
  if (!isSeverity(severity)) fail(`${field}.severity`, 'must be critical|high|medium|low|info');
  let cvss: VulnRecord['cvss'] = null;
  if (o.cvss !== null) {
    const c = obj(o.cvss, `${field}.cvss`);
    if (typeof c.score !== 'number' || !(c.score >= 0 && c.score <= 10)) fail(`${field}.cvss.score`, 'must be a number from 0 to 10');
    cvss = { score: c.score, vector: str(c.vector, `${field}.cvss.vector`) };
  }
  const published = o.published === null ? null : str(o.published, `${field}.published`);
  const affected = arr(o.affected, `${field}.affected`).map((a, i) => parseAffected(a, `${field}.affected[${i}]`));
  if (affected.length === 0) fail(`${field}.affected`, 'must not be empty');
  const preconditions = strings(o.preconditions, `${field}.preconditions`).map((p, i): PreconditionId => {
    if (!isPreconditionId(p)) fail(`${field}.preconditions[${i}]`, `is unknown: ${p}`);
    return p;
  });
  const prov = obj(o.provenance, `${field}.provenance`);
  return {
    id: str(o.id, `${field}.id`),
    aliases: strings(o.aliases, `${field}.aliases`),
    title: str(o.title, `${field}.title`),
    published,
    severity,
    cvss,
    affected,
    references: strings(o.references, `${field}.references`),
    preconditions,
    provenance: { rangesFrom: str(prov.rangesFrom, `${field}.provenance.rangesFrom`), sources: strings(prov.sources, `${field}.provenance.sources`) },
  };
}

function parseAffected(value: unknown, field: string): AffectedComponent {
  const o = obj(value, field);
  if (!isComponentId(o.component)) fail(`${field}.component`, `is unknown: ${String(o.component)}`);
  const ranges = arr(o.ranges, `${field}.ranges`).map((r, i) => parseAffectedRange(r, `${field}.ranges[${i}]`));
  const versions = arr(o.versions, `${field}.versions`).map((v, i) => version(v, `${field}.versions[${i}]`));
  if (ranges.length === 0 && versions.length === 0) fail(field, 'has neither ranges nor versions');
  return {
    component: o.component,
    ranges,
    versions,
    fixedVersions: arr(o.fixedVersions, `${field}.fixedVersions`).map((v, i) => version(v, `${field}.fixedVersions[${i}]`)),
  };
}

function parseAffectedRange(value: unknown, field: string): AffectedRange {
  const o = obj(value, field);
  if (o.kind === 'constraint') {
    const constraint = str(o.constraint, `${field}.constraint`);
    const parsed = parseVersionConstraint(constraint);
    if (typeof parsed === 'string') fail(`${field}.constraint`, parsed);
    return { kind: 'constraint', constraint };
  }
  if (o.kind !== 'osv') fail(`${field}.kind`, 'must be osv or constraint');
  return { kind: 'osv', range: parseOsvRange(o.range, `${field}.range`) };
}

/** Validates one OSV `ranges[]` entry of type SEMVER or ECOSYSTEM. */
export function parseOsvRange(value: unknown, field: string): OsvRange {
  const o = obj(value, field);
  if (o.type !== 'SEMVER' && o.type !== 'ECOSYSTEM') fail(`${field}.type`, 'must be SEMVER or ECOSYSTEM');
  const events = arr(o.events, `${field}.events`).map((e, i): OsvEvent => {
    const ev = obj(e, `${field}.events[${i}]`);
    const keys = Object.keys(ev);
    const key = keys[0];
    if (keys.length !== 1 || (key !== 'introduced' && key !== 'fixed' && key !== 'last_affected' && key !== 'limit')) {
      fail(`${field}.events[${i}]`, 'must have exactly one of introduced, fixed, last_affected, limit');
    }
    const event = { [key]: str(ev[key], `${field}.events[${i}].${key}`) } as unknown as OsvEvent;
    const problem = checkOsvEvent(event);
    if (problem) fail(`${field}.events[${i}]`, problem);
    return event;
  });
  if (!events.some((e) => 'introduced' in e)) fail(`${field}.events`, 'must contain an introduced event');
  if (events.some((e) => 'fixed' in e) && events.some((e) => 'last_affected' in e)) {
    fail(`${field}.events`, 'must not mix fixed and last_affected');
  }
  return { type: o.type, events };
}
