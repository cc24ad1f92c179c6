import { defineKubeRule } from '../../../define-rule.js';
import { boundRoles, roleRefOf } from './bound-roles.js';
import { WRITE_VERBS, isBootstrapRole, policyRulesOf } from './policy-rules.js';

export const clusterAdminBinding = defineKubeRule({
  id: 'BW-K8S-175',
  title: 'Binding to cluster-admin or a full-wildcard role',
  severity: 'high',
  category: 'access_control',
  aliases: [
    'union:R17', 'trivy:KSV-0111', 'kics:cluster_admin_role_binding_with_super_user_permissions', 'kube-linter:cluster-admin-role-binding',
    'polaris:clusterrolebindingClusterAdmin', 'polaris:rolebindingClusterAdminClusterRole', 'polaris:rolebindingClusterAdminRole',
    'kubescape:C-0035', 'kubescape:C-0185', 'cis:5.1.1',
  ],
  description:
    'cluster-admin, or any role allowing every resource in every API group, gives its subjects full control of ' +
    'the scope: a compromise of one subject is a compromise of the cluster (or namespace).',
  remediation: 'Bind a role that lists only the permissions the subject needs.',
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles'],
  kinds: ['RoleBinding', 'ClusterRoleBinding'],
  check(obj, ctx, report) {
    if (isBootstrapRole(obj)) return;
    const ref = roleRefOf(obj);
    if (!ref) return;
    if (ref.kind === 'ClusterRole' && ref.name === 'cluster-admin') {
      report({ message: `${obj.kind} "${obj.name}" binds cluster-admin`, path: ['roleRef', 'name'] });
      return;
    }
    // Equivalent to cluster-admin: every resource of every group, with write access (read-only
    // wildcards are reported by BW-K8S-150 on the role and are not administrator rights).
    const superRole = boundRoles(obj, ctx).find((role) =>
      policyRulesOf(role).some((r) => r.apiGroups.includes('*') && r.resources.includes('*') &&
        r.verbs.some((v) => v === '*' || (WRITE_VERBS as readonly string[]).includes(v))));
    if (superRole) {
      report({ message: `${obj.kind} "${obj.name}" binds ${superRole.kind} "${superRole.name}", which allows every resource`, path: ['roleRef', 'name'] });
    }
  },
});
