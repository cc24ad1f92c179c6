import { BIND_ESCALATE_IMPERSONATE, BINDING_WRITE, CSR_APPROVAL, NODE_PROXY, TOKEN_CREATE, WEBHOOK_WRITE } from '../rbac/dangerous-grants.js';
import { rulesGranting } from '../rbac/subject-permissions.js';
import { defineSubjectGrantRule } from './define-subject-grant-rule.js';

export const subjectTakeover = defineSubjectGrantRule({
  id: 'BW-CL-004',
  title: 'Identity can escalate its own privileges',
  severity: 'critical',
  category: 'access_control',
  aliases: [
    'kubescape:C-0065', 'kubescape:C-0191', 'kubescape:C-0278', 'kubescape:C-0279', 'kubescape:C-0280', 'kubescape:C-0281', 'kubescape:C-0282',
    'trivy:KSV-0043', 'trivy:KSV-0047', 'trivy:KSV-0050', 'trivy:KSV-0114', 'cis:5.1.8', 'cis:5.1.10', 'cis:5.1.11', 'cis:5.1.12', 'cis:5.1.13',
  ],
  description: 'The identity holds a right that leads to more rights: impersonation, bind or escalate on roles, writing role bindings, the kubelet proxy of nodes, approving certificate requests, writing admission webhooks, or minting service account tokens.',
  remediation: 'Remove these verbs from the identity\'s roles; where a controller needs one, limit it with resourceNames to the objects it manages.',
  references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#privilege-escalation-risks'],
  phrase: 'gain more privileges (impersonate, bind/escalate, write bindings, node proxy, approve CSRs, write webhooks or mint tokens)',
  subsumedByClusterAdmin: true,
  select: (held) => rulesGranting(held, [...BIND_ESCALATE_IMPERSONATE, ...BINDING_WRITE, ...NODE_PROXY, ...CSR_APPROVAL, ...WEBHOOK_WRITE, ...TOKEN_CREATE]),
});
