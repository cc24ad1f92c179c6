import type { KubeRule, RuleMeta } from '../../../define-rule.js';
import { defineKubeRule } from '../../../define-rule.js';
import { boundRoles } from './bound-roles.js';
import type { Grant } from './policy-rules.js';
import { isBootstrapRole, policyRulesOf, ruleGrants } from './policy-rules.js';

export interface BindingGrantRuleSpec extends RuleMeta {
  readonly grants: readonly Grant[];
  /** Phrase completing `… gives its subjects …`, e.g. `pods/exec`. */
  readonly grantPhrase: string;
}

/**
 * The binding-level twin of a role rule: fires on a RoleBinding/ClusterRoleBinding whose
 * roleRef resolves, inside the scan, to a role granting the permission. It is a separate
 * rule (not an alias of the role rule) because it answers a different question — "who
 * actually holds it" — and fires on a different object: an unbound dangerous role is a
 * latent risk, a binding to it is a live one, and the peers that check bindings stay
 * silent on unbound roles. A roleRef to a role outside the scan is not guessed at.
 */
export function defineBindingGrantRule(spec: BindingGrantRuleSpec): KubeRule {
  const { grants, grantPhrase, ...meta } = spec;
  return defineKubeRule({
    ...meta,
    kinds: ['RoleBinding', 'ClusterRoleBinding'],
    check(obj, ctx, report) {
      if (isBootstrapRole(obj)) return;
      for (const role of boundRoles(obj, ctx)) {
        if (!policyRulesOf(role).some((r) => grants.some((g) => ruleGrants(r, g)))) continue;
        report({
          message: `${obj.kind} "${obj.name}" gives its subjects ${grantPhrase} through ${role.kind} "${role.name}"`,
          path: ['roleRef'],
        });
        return;
      }
    },
  });
}
