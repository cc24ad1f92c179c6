import { defineRoleGrantRule } from './define-role-grant-rule.js';

export const impersonateRole = defineRoleGrantRule({
  id: 'BW-K8S-156',
  title: 'Role grants impersonation',
  severity: 'critical',
  category: 'access_control',
  aliases: ['union:R07', 'trivy:KSV-0043', 'checkov:CKV2_K8S_3', 'kics:rbac_roles_with_impersonate_permission', 'kubescape:C-0065', 'cis:5.1.8'],
  description:
    'The impersonate verb lets a subject act as another user, group or service account, and so hold every ' +
    'permission of the identity it chooses, including cluster administrators.',
  remediation: 'Remove impersonate; if a proxy truly needs it, restrict it with resourceNames to specific identities.',
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/authentication/#user-impersonation'],
  grants: [{
    apiGroups: ['', 'authentication.k8s.io'],
    resources: ['users', 'groups', 'serviceaccounts', 'uids', 'userextras/scopes'],
    verbs: ['impersonate'],
  }],
  grantPhrase: 'grants impersonation',
});
