import { defineRoleGrantRule } from './define-role-grant-rule.js';

export const csrApprovalRole = defineRoleGrantRule({
  id: 'BW-K8S-160',
  title: 'Role can approve CertificateSigningRequests',
  severity: 'high',
  category: 'access_control',
  aliases: ['union:R11', 'checkov:CKV_K8S_156', 'kubescape:C-0280', 'cis:5.1.11'],
  description:
    'Approving CSRs lets a subject obtain client certificates signed by the cluster CA, for instance for a node or ' +
    'a privileged group, and so authenticate as that identity.',
  remediation: 'Leave CSR approval to the controller manager and cluster administrators.',
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/#authorization'],
  grants: [{ apiGroups: ['certificates.k8s.io'], resources: ['certificatesigningrequests/approval'], verbs: ['update', 'patch'] }],
  grantPhrase: 'grants approving CertificateSigningRequests',
});
