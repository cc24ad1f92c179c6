import { BulwarkError } from '../../domain/errors.js';
import { SCAN_TYPES, type ScanType } from '../../domain/scan-types.js';
import { isSeverity, RISK_CATEGORIES, type RiskCategory, type Severity } from '../../domain/severity.js';

/** One resource a cluster risk was found on. */
export interface StoredAffectedResource {
  readonly uid: string;
  readonly name: string;
  readonly kind: string;
  readonly namespace: string;
  /** What the check saw on this resource. */
  readonly hitRule: string;
  readonly paths: readonly string[];
  /** First scan of an unbroken run of scans in which this risk hit this resource. */
  readonly firstSeenAt: number;
}

/** One check that fired (risk_assessment) or one failed CIS control (benchmark). */
export interface StoredClusterRisk {
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
  readonly category: RiskCategory;
  readonly description: string;
  readonly remediation: string;
  readonly resources: readonly StoredAffectedResource[];
}

export interface StoredClusterVulnerability {
  readonly cveId: string;
  readonly component: string;
  readonly installedVersion: string;
  readonly fixedVersions: readonly string[];
  readonly severity: Severity;
  readonly cvssScore: number | null;
  readonly cvssVector: string | null;
  readonly confidence: string;
  readonly title: string;
  readonly references: readonly string[];
  readonly affectedNodes: readonly string[];
}

/**
 * The result of one scan item on one cluster, as stored in `cluster_results.payload`.
 * It is our own flat shape rather than the engine's report, so stored rows stay readable
 * when the engine's types evolve; `format` is bumped if this shape ever changes.
 */
export interface ClusterItemPayload {
  readonly format: 1;
  readonly scanType: ScanType;
  readonly clusterVersion: string | null;
  readonly nodes: { readonly total: number; readonly ready: number };
  readonly risks: readonly StoredClusterRisk[];
  readonly vulnerabilities: readonly StoredClusterVulnerability[];
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function corrupt(what: string): BulwarkError {
  return new BulwarkError('internal', `stored cluster result is malformed: ${what}`);
}

function text(o: Json, key: string): string {
  const v = o[key];
  if (typeof v !== 'string') throw corrupt(`${key} is not a string`);
  return v;
}

function count(o: Json, key: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw corrupt(`${key} is not a count`);
  return v;
}

function texts(o: Json, key: string): string[] {
  const v = o[key];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw corrupt(`${key} is not a list of strings`);
  return v as string[];
}

function list<T>(o: Json, key: string, read: (item: Json) => T): T[] {
  const v = o[key];
  if (!Array.isArray(v)) throw corrupt(`${key} is not a list`);
  return v.map((item) => {
    if (!isObj(item)) throw corrupt(`${key} holds a non-object`);
    return read(item);
  });
}

function severity(o: Json): Severity {
  const v = o.severity;
  if (!isSeverity(v)) throw corrupt('severity is unknown');
  return v;
}

function nullableNumber(o: Json, key: string): number | null {
  const v = o[key];
  if (v === null || typeof v === 'number') return v;
  throw corrupt(`${key} is not a number`);
}

function nullableText(o: Json, key: string): string | null {
  const v = o[key];
  if (v === null || typeof v === 'string') return v;
  throw corrupt(`${key} is not a string`);
}

/** Checks a payload read back from the database (it is `unknown` until then). */
export function parseClusterItemPayload(value: unknown): ClusterItemPayload {
  if (!isObj(value) || value.format !== 1) throw corrupt('unknown format');
  const scanType = value.scanType;
  if (!(SCAN_TYPES as readonly unknown[]).includes(scanType)) throw corrupt('scanType is unknown');
  const nodes = value.nodes;
  if (!isObj(nodes)) throw corrupt('nodes is missing');
  return {
    format: 1,
    scanType: scanType as ScanType,
    clusterVersion: nullableText(value, 'clusterVersion'),
    nodes: { total: count(nodes, 'total'), ready: count(nodes, 'ready') },
    risks: list(value, 'risks', (r) => {
      const category = r.category;
      if (!(RISK_CATEGORIES as readonly unknown[]).includes(category)) throw corrupt('risk category is unknown');
      return {
        id: text(r, 'id'), title: text(r, 'title'), severity: severity(r), category: category as RiskCategory,
        description: text(r, 'description'), remediation: text(r, 'remediation'),
        resources: list(r, 'resources', (x) => ({
          uid: text(x, 'uid'), name: text(x, 'name'), kind: text(x, 'kind'), namespace: text(x, 'namespace'),
          hitRule: text(x, 'hitRule'), paths: texts(x, 'paths'), firstSeenAt: count(x, 'firstSeenAt'),
        })),
      };
    }),
    vulnerabilities: list(value, 'vulnerabilities', (v) => ({
      cveId: text(v, 'cveId'), component: text(v, 'component'), installedVersion: text(v, 'installedVersion'),
      fixedVersions: texts(v, 'fixedVersions'), severity: severity(v), cvssScore: nullableNumber(v, 'cvssScore'),
      cvssVector: nullableText(v, 'cvssVector'), confidence: text(v, 'confidence'), title: text(v, 'title'),
      references: texts(v, 'references'), affectedNodes: texts(v, 'affectedNodes'),
    })),
  };
}
