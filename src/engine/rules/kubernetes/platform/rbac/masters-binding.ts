import { defineGroupBindingRule } from './group-binding-rule.js';

export const mastersBinding = defineGroupBindingRule({
  id: 'BW-K8S-178',
  title: 'Binding names the system:masters group',
  severity: 'critical',
  category: 'access_control',
  aliases: ['union:R20', 'trivy:KSV-0123', 'kubescape:C-0246', 'cis:5.1.7'],
  description:
    'system:masters bypasses RBAC entirely and cannot be revoked by removing bindings; using it in bindings ' +
    'suggests credentials are being issued for that group.',
  remediation: 'Do not use system:masters; create a dedicated admin group bound to cluster-admin instead.',
  references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege'],
  names: ['system:masters'],
});
