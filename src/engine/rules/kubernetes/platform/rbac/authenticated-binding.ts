import { defineGroupBindingRule } from './group-binding-rule.js';

export const authenticatedBinding = defineGroupBindingRule({
  id: 'BW-K8S-177',
  title: 'Binding grants permissions to every authenticated user',
  severity: 'critical',
  category: 'access_control',
  aliases: ['union:R19', 'trivy:KSV-01011', 'kubescape:C-0265'],
  description:
    'system:authenticated contains every identity that can log in, including every service account of every ' +
    'namespace and, on some managed clusters, any account of the cloud provider.',
  remediation: 'Bind the role to the specific users, groups or service accounts that need it.',
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#default-roles-and-role-bindings'],
  names: ['system:authenticated'],
});
