import { isClusterAdminEquivalent } from '../rbac/dangerous-grants.js';
import { defineSubjectGrantRule } from './define-subject-grant-rule.js';

export const subjectClusterAdmin = defineSubjectGrantRule({
  id: 'BW-CL-001',
  title: 'Identity holds cluster-admin rights',
  severity: 'high',
  category: 'access_control',
  aliases: ['kubescape:C-0035', 'kubescape:C-0185', 'trivy:KSV-0111', 'cis:5.1.1'],
  description: 'A user, group or service account (other than Kubernetes\' own identities) is bound, directly or through an aggregated role, to every verb on every resource cluster-wide. Whoever steals its credentials owns the cluster.',
  remediation: 'Bind the identity to a role listing only the resources and verbs it uses; keep cluster-admin for break-glass accounts.',
  references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege'],
  phrase: 'do anything anywhere in the cluster',
  select: (held) => held.filter(isClusterAdminEquivalent),
});
