import { defineKubeRule } from '../../../define-rule.js';
import { boundRoles, roleRefOf } from './bound-roles.js';
import { isBootstrapRole, policyRulesOf } from './policy-rules.js';

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
    // "Full wildcard": every resource of every group, whatever the verb list says.
    const superRole = boundRoles(obj, ctx).find((role) =>
      policyRulesOf(role).some((r) => r.apiGroups.includes('*') && r.resources.includes('*')));
    if (superRole) {
      report({ message: `${obj.kind} "${obj.name}" binds ${superRole.kind} "${superRole.name}", which allows every resource`, path: ['roleRef', 'name'] });
    }
  },
});
