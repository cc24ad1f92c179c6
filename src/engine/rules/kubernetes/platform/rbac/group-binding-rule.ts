import type { KubeRule, RuleMeta } from '../../../define-rule.js';
import { defineKubeRule } from '../../../define-rule.js';
import { isBootstrapRole } from './policy-rules.js';
import { subjectsOf } from './binding-subjects.js';
import { roleRefOf } from './bound-roles.js';

// Built-in ClusterRoles meant for everyone: discovery and public version/health endpoints only.
const PUBLIC_ROLES = new Set(['system:discovery', 'system:basic-user', 'system:public-info-viewer', 'system:service-account-issuer-discovery']);

/** Fires on each subject of a binding that names one of the given users or groups. */
export function defineGroupBindingRule(spec: RuleMeta & { readonly names: readonly string[] }): KubeRule {
  const { names, ...meta } = spec;
  return defineKubeRule({
    ...meta,
    kinds: ['RoleBinding', 'ClusterRoleBinding'],
    check(obj, _ctx, report) {
      // The built-in discovery bindings grant system:authenticated harmless read-only endpoints.
      if (isBootstrapRole(obj)) return;
      const ref = roleRefOf(obj);
      if (ref?.kind === 'ClusterRole' && PUBLIC_ROLES.has(ref.name)) return;
      for (const s of subjectsOf(obj)) {
        if ((s.kind === 'Group' || s.kind === 'User') && names.includes(s.name)) {
          report({ message: `${obj.kind} "${obj.name}" grants its role to ${s.kind} "${s.name}"`, path: s.path });
        }
      }
    },
  });
}
