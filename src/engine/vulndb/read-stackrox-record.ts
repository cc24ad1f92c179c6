import { BulwarkError } from '../../domain/errors.js';
import { componentOfBinary, type ComponentId } from './component-id.js';
import { parseSemver } from './semver-version.js';
import type { SourceRecord } from './source-record.js';
import { parseVersionConstraint } from './version-constraint.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads one stackrox/k8s-cves record (already parsed from YAML). A record naming no
 * component is about Kubernetes as a whole. Malformed records throw.
 */
export function readStackroxRecord(value: unknown): SourceRecord {
  const bad = (why: string): never => {
    throw new BulwarkError('invalid_parameter', `stackrox record ${isObj(value) ? String(value.cve) : '?'}: ${why}`);
  };
  if (!isObj(value) || typeof value.cve !== 'string') return bad('no cve id');
  const names = Array.isArray(value.components) ? value.components : [];
  const components: ComponentId[] = [];
  for (const n of names) {
    const c = typeof n === 'string' ? componentOfBinary(n) : undefined;
    if (!c) return bad(`unknown component ${String(n)}`);
    components.push(c);
  }
  if (components.length === 0) components.push('kubernetes');
  if (!Array.isArray(value.affected) || value.affected.length === 0) return bad('no affected ranges');
  const constraints: string[] = [];
  const fixed: string[] = [];
  for (const a of value.affected) {
    if (!isObj(a) || typeof a.range !== 'string') return bad('affected entry without range');
    const parsed = parseVersionConstraint(a.range);
    if (typeof parsed === 'string') return bad(parsed);
    constraints.push(a.range);
    if (a.fixedBy !== undefined) {
      if (typeof a.fixedBy !== 'string' || !parseSemver(a.fixedBy)) return bad(`bad fixedBy ${String(a.fixedBy)}`);
      fixed.push(a.fixedBy);
    }
  }
  const cvss = isObj(value.cvss) ? value.cvss : {};
  // The Kubernetes security committee's own rating first, NVD's as a fallback.
  const pick = [cvss.kubernetes, cvss.nvd].find((c) => isObj(c) && typeof c.vectorV3 === 'string') as Obj | undefined;
  const references = [value.issueUrl, value.url].filter((u): u is string => typeof u === 'string' && u !== '');
  return {
    id: value.cve,
    aliases: [],
    published: typeof value.published === 'string' ? normaliseDate(value.published) : null,
    summary: typeof value.description === 'string' ? value.description.trim() : '',
    affected: components.map((component) => ({
      component,
      ranges: constraints.map((constraint) => ({ kind: 'constraint' as const, constraint })),
      versions: [],
      fixedVersions: fixed,
    })),
    cvss: pick ? { vector: String(pick.vectorV3), ...(typeof pick.scoreV3 === 'number' ? { score: pick.scoreV3 } : {}) } : null,
    references,
    source: 'stackrox',
  };
}

// stackrox writes `2025-02-06T00:00Z` (no seconds), which is not valid ISO 8601 for Date.parse everywhere.
function normaliseDate(text: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})Z$/.exec(text);
  return m ? `${m[1]}T${m[2]}:00Z` : text;
}
