import type { Severity } from '../../domain/severity.js';
import type { ComponentId } from './component-id.js';
import type { OsvRange } from './osv-range.js';
import type { PreconditionId } from './precondition-id.js';

/** Where a version range came from; each keeps the evaluation semantics of its source. */
export type AffectedRange =
  | { readonly kind: 'osv'; readonly range: OsvRange }
  /** A stackrox-style constraint such as `>= 1.30, <= 1.30.9`. */
  | { readonly kind: 'constraint'; readonly constraint: string };

export interface AffectedComponent {
  readonly component: ComponentId;
  /** OR-ed: the version is affected when it is in any range or listed in `versions`. */
  readonly ranges: readonly AffectedRange[];
  /** Explicitly affected versions (OSV `versions[]`). */
  readonly versions: readonly string[];
  /** Versions that carry the fix, ascending. */
  readonly fixedVersions: readonly string[];
}

export interface VulnRecord {
  /** CVE id (or the advisory id when no CVE was assigned). */
  readonly id: string;
  readonly aliases: readonly string[];
  /** Short factual title written for this database. */
  readonly title: string;
  /** ISO date-time, or null when unknown. */
  readonly published: string | null;
  readonly severity: Severity;
  readonly cvss: { readonly score: number; readonly vector: string } | null;
  readonly affected: readonly AffectedComponent[];
  readonly references: readonly string[];
  /** All must hold for the CVE to be exploitable; an empty list means "version decides". */
  readonly preconditions: readonly PreconditionId[];
  /** Which input decided the ranges, and every input that contributed. */
  readonly provenance: { readonly rangesFrom: string; readonly sources: readonly string[] };
}

export interface VulnDb {
  readonly schemaVersion: 1;
  /** ISO date-time the database was built. */
  readonly generatedAt: string;
  readonly sources: readonly { readonly name: string; readonly url: string; readonly license: string }[];
  readonly records: readonly VulnRecord[];
}
