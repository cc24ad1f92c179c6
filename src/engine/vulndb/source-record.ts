import type { Severity } from '../../domain/severity.js';
import type { AffectedComponent } from './vuln-db.js';

/** One advisory as read from one input (OSV file, stackrox YAML, curated entry), before merging. */
export interface SourceRecord {
  readonly id: string;
  readonly aliases: readonly string[];
  readonly published: string | null;
  /** The input's own short summary; used only when no curated title exists. */
  readonly summary: string;
  readonly affected: readonly AffectedComponent[];
  /** Best CVSS v3 vector this input offers, with its score when the input states one. */
  readonly cvss: { readonly vector: string; readonly score?: number } | null;
  /** A label-only severity (GHSA `database_specific.severity`), when no vector exists. */
  readonly labelSeverity?: Severity;
  readonly references: readonly string[];
  /** `osv`, `stackrox`, `curated`, or `feed`. */
  readonly source: string;
}
