import { defineRoleGrantRule } from './define-role-grant-rule.js';

export const RBAC_ESCALATION_GRANTS = [
  { apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles', 'clusterroles'], verbs: ['bind', 'escalate'] },
  {
    apiGroups: ['rbac.authorization.k8s.io'],
    resources: ['roles', 'clusterroles', 'rolebindings', 'clusterrolebindings'],
    verbs: ['create', 'update', 'patch'],
  },
] as const;

export const rbacEscalationRole = defineRoleGrantRule({
  id: 'BW-K8S-157',
  title: 'Role can escalate its own RBAC privileges',
  severity: 'critical',
  category: 'access_control',
  aliases: [
    'union:R08', 'trivy:KSV-0050', 'trivy:KSV-0051', 'trivy:KSV-0052', 'trivy:KSV-0055', 'checkov:CKV_K8S_157', 'checkov:CKV_K8S_158',
    'kics:rbac_roles_allow_privilege_escalation', 'kubescape:C-0191', 'cis:5.1.8',
  ],
  description:
    'The bind and escalate verbs, or write access to roles and bindings, let a subject grant itself (or anyone) ' +
    'permissions it does not hold, defeating the RBAC escalation guard.',
  remediation: 'Keep role and binding management with cluster administrators; never grant bind or escalate to workloads.',
  references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#escalate-verb'],
  grants: RBAC_ESCALATION_GRANTS,
  grantPhrase: 'grants management of roles or bindings (bind/escalate/create/update)',
});
