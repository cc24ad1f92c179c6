import type { KubeObject } from '../../../../inputs/kube-object.js';
import type { KubeRule, RuleMeta } from '../../../define-rule.js';
import { defineKubeRule } from '../../../define-rule.js';
import type { Grant, PolicyRule } from './policy-rules.js';
import { isBootstrapRole, policyRulesOf, ruleGrants } from './policy-rules.js';

export interface RoleGrantRuleSpec extends RuleMeta {
  /** The permission(s) that make a rule entry dangerous. */
  readonly grants: readonly Grant[];
  /** Phrase completing `rule N …` in the message, e.g. `grants pods/exec`. */
  readonly grantPhrase: string;
  /** Extra condition on the entry or the role (resourceNames, namespace). */
  readonly when?: (rule: PolicyRule, role: KubeObject) => boolean;
}

/**
 * A Role/ClusterRole rule that reports every `rules[]` entry granting a dangerous permission,
 * at that entry, so one role granting it twice yields two findings a reviewer can fix one by one.
 * Roles labelled as Kubernetes bootstrap defaults are skipped: they exist on every cluster by design.
 */
export function defineRoleGrantRule(spec: RoleGrantRuleSpec): KubeRule {
  const { grants, grantPhrase, when, ...meta } = spec;
  return defineKubeRule({
    ...meta,
    kinds: ['Role', 'ClusterRole'],
    check(obj, _ctx, report) {
      if (isBootstrapRole(obj)) return;
      for (const rule of policyRulesOf(obj)) {
        if (!grants.some((g) => ruleGrants(rule, g))) continue;
        if (when && !when(rule, obj)) continue;
        report({ message: `${obj.kind} "${obj.name}" rules[${rule.index}] ${grantPhrase}`, path: rule.path });
      }
    },
  });
}
