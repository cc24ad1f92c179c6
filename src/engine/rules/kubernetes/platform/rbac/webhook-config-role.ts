import { WRITE_VERBS } from './policy-rules.js';
import { defineRoleGrantRule } from './define-role-grant-rule.js';

export const webhookConfigRole = defineRoleGrantRule({
  id: 'BW-K8S-159',
  title: 'Role can manage admission webhook configurations',
  severity: 'critical',
  category: 'access_control',
  aliases: ['union:R10', 'trivy:KSV-0114', 'checkov:CKV_K8S_155', 'kubescape:C-0281', 'cis:5.1.12'],
  description:
    'A mutating webhook sees and can rewrite every object sent to the API server, secrets included; a validating ' +
    'webhook can block or observe them. Whoever manages webhook configurations controls admission.',
  remediation: 'Restrict admissionregistration.k8s.io write access to cluster administrators.',
  references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#control-admission-webhooks'],
  grants: [{
    apiGroups: ['admissionregistration.k8s.io'],
    resources: ['validatingwebhookconfigurations', 'mutatingwebhookconfigurations'],
    verbs: WRITE_VERBS,
  }],
  grantPhrase: 'grants management of admission webhooks',
});
