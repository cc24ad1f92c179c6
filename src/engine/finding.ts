import type { RiskCategory, Severity } from '../domain/severity.js';
import type { SourceRange } from '../domain/source-range.js';

export interface ResourceRef {
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  readonly uid?: string;
}

export interface Suppression {
  /** Where the suppression was found. */
  readonly source: 'inline' | 'annotation' | 'ignore-file';
  /** The rule id or alias the suppression named (e.g. `checkov:CKV_K8S_16`). */
  readonly ruleRef: string;
  readonly reason?: string;
  /** ISO date (YYYY-MM-DD) after which the suppression no longer applies. */
  readonly expires?: string;
}

/** One rule hit, located in a file (IaC) or on a live object (cluster). */
export interface Finding {
  readonly ruleId: string;
  readonly aliases: readonly string[];
  readonly severity: Severity;
  readonly category: RiskCategory;
  readonly title: string;
  readonly message: string;
  /** The scanned file; empty for live cluster objects. */
  readonly file: string;
  /** Exact range of the offending key or token; undefined for live objects. */
  readonly range: SourceRange | undefined;
  readonly resource: ResourceRef;
  /** `spec.template.spec.containers[0].securityContext.privileged`, or `stage[1].RUN[3]`. */
  readonly path: string;
  /** Dockerfile findings: the whole instruction the finding is in (HSS `build_instruction`). */
  readonly instructionRange?: SourceRange;
  readonly suppressed: boolean;
  readonly suppression: Suppression | null;
}
