import { SECRET_READ } from '../rbac/dangerous-grants.js';
import { rulesGranting } from '../rbac/subject-permissions.js';
import { defineSubjectGrantRule } from './define-subject-grant-rule.js';

export const subjectSecretRead = defineSubjectGrantRule({
  id: 'BW-CL-002',
  title: 'Identity can read Secrets',
  severity: 'high',
  category: 'secrets',
  aliases: ['kubescape:C-0015', 'kubescape:C-0186', 'trivy:KSV-0041', 'cis:5.1.2'],
  description: 'The identity may get, list or watch Secrets. Listing Secrets returns their values, including service account tokens of more powerful identities.',
  remediation: 'Grant Secret access only to the named Secrets the identity needs (resourceNames), or mount them into the workload instead.',
  references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets'],
  phrase: 'read Secrets',
  subsumedByClusterAdmin: true,
  select: (held) => rulesGranting(held, SECRET_READ),
});
