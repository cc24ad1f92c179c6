import type { Finding } from '../finding.js';
import type { IacFileResult, RuleError } from '../iac/scan-iac.js';
import type { RuleMeta } from '../rules/define-rule.js';

/** Everything a report writer needs; writers are pure (model in, text out). */
export interface IacReport {
  readonly toolVersion: string;
  readonly files: readonly IacFileResult[];
  /** Already filtered by the caller (severity, rule selection). */
  readonly findings: readonly Finding[];
  readonly ruleErrors: readonly RuleError[];
  /** Metadata of every rule that ran (SARIF lists them). */
  readonly rules: readonly RuleMeta[];
}
