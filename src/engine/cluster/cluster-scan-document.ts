import type { RiskCategory, Severity } from '../../domain/severity.js';
import type { ScanType } from '../../domain/scan-types.js';
import type { BenchmarkStatus } from './benchmark/benchmark-control.js';

/** A resource as the document names it. */
export interface DocumentResource {
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  readonly uid?: string;
}

/** The `bulwark scan-cluster --format json` document (cli.md), field names as on the wire. */
export interface ClusterScanDocument {
  readonly schema_version: 1;
  readonly cluster: { readonly version: string | null; readonly nodes: number; readonly provider: string };
  readonly scan_types: readonly ScanType[];
  readonly vulnerabilities: ReadonlyArray<{
    readonly cve_id: string; readonly component: string; readonly installed_version: string; readonly reported_version: string;
    readonly fixed_versions: readonly string[]; readonly severity: Severity; readonly cvss_score: number | null;
    readonly confidence: string; readonly exploitability: string; readonly title: string; readonly resources: readonly DocumentResource[];
  }>;
  readonly risks: ReadonlyArray<{
    readonly rule_id: string; readonly aliases: readonly string[]; readonly severity: Severity; readonly category: RiskCategory;
    readonly title: string; readonly message: string; readonly resource: DocumentResource; readonly path: string;
    /** True when an annotation on the object waives this rule; the risk is still listed. */
    readonly suppressed: boolean;
    readonly suppression: {
      readonly source: 'inline' | 'annotation' | 'ignore-file'; readonly rule_ref: string; readonly reason: string | null; readonly expires: string | null;
    } | null;
  }>;
  readonly benchmark: ReadonlyArray<{
    readonly id: string; readonly title: string; readonly status: BenchmarkStatus; readonly reason: string; readonly resources: readonly DocumentResource[];
  }>;
  readonly not_evaluated: ReadonlyArray<{ readonly scan_type: ScanType; readonly item: string; readonly reason: string }>;
  /** Objects deliberately left out of the workload rules, so "no finding" is not read as "passed". */
  readonly exempted: ReadonlyArray<{ readonly resource: DocumentResource; readonly reason: string }>;
}
