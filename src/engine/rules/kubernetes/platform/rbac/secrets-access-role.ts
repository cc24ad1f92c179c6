import { defineRoleGrantRule } from './define-role-grant-rule.js';

export const secretsAccessRole = defineRoleGrantRule({
  id: 'BW-K8S-151',
  title: 'Role can read or change Secrets',
  severity: 'high',
  category: 'access_control',
  aliases: [
    'union:R02', 'trivy:KSV-0041', 'trivy:KSV-0113', 'kics:rbac_roles_with_read_secrets_permissions', 'kubescape:C-0015', 'kubescape:C-0186', 'cis:5.1.2',
  ],
  description:
    'Secrets hold tokens, passwords and keys, including service-account tokens of more privileged identities. ' +
    'Listing or watching secrets discloses all of them at once; get with no resourceNames reaches every secret of the scope.',
  remediation: 'Drop secret access, or restrict it to `get` on named secrets via resourceNames.',
  references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets'],
  grants: [{ apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list', 'watch', 'update', 'patch', 'delete', 'deletecollection'] }],
  grantPhrase: 'grants access to secrets',
});
