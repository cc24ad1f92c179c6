import type { ResourceRef } from '../../finding.js';
import type { RuleMeta } from '../../rules/define-rule.js';
import type { ClusterView } from '../cluster-view.js';

export interface ClusterFindingInput {
  readonly message: string;
  readonly resource: ResourceRef;
  /** Path inside the resource's body, when one field is at fault. */
  readonly path?: string;
}

/**
 * A check that only makes sense over a whole live cluster (who is bound to what, which
 * workloads are reachable from outside, kubelet and API server settings). Same metadata
 * as the IaC rules, so one rules reference and one `bulwark rules` list cover both.
 */
export interface ClusterRule extends RuleMeta {
  readonly input: 'cluster';
  readonly fileType: 'cluster';
  /**
   * `notEvaluated` is for when the snapshot cannot answer (a list was forbidden): the
   * rule then says so instead of passing silently.
   */
  check(view: ClusterView, report: (finding: ClusterFindingInput) => void, notEvaluated: (reason: string) => void): void;
}

export function defineClusterRule(rule: Omit<ClusterRule, 'input' | 'fileType'>): ClusterRule {
  return Object.freeze({ ...rule, input: 'cluster', fileType: 'cluster' });
}
