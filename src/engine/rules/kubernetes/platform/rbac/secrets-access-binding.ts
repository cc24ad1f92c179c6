import { defineBindingGrantRule } from './define-binding-grant-rule.js';

export const secretsAccessBinding = defineBindingGrantRule({
  id: 'BW-K8S-170',
  title: 'Binding gives subjects access to Secrets',
  severity: 'high',
  category: 'access_control',
  aliases: [
    'union:R02', 'checkov:CKV2_K8S_5', 'kics:service_account_allows_access_secrets', 'kube-linter:access-to-secrets', 'kubescape:C-0015',
  ],
  description:
    'This binding hands a role that reads or changes Secrets to real users, groups or service accounts; a ' +
    'compromised subject discloses every secret in the role\'s scope.',
  remediation: 'Bind a role without secret access, or narrow the role to named secrets.',
  references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets'],
  grants: [{ apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list', 'watch', 'update', 'patch', 'delete', 'deletecollection'] }],
  grantPhrase: 'access to secrets',
});
