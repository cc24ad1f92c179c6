import { PSP_REFERENCE, definePspRule } from './define-psp-rule.js';

export const pspPrivileged = definePspRule({
  id: 'BW-K8S-190',
  title: 'PodSecurityPolicy admits privileged containers',
  severity: 'low',
  category: 'node_escape',
  aliases: ['union:P00', 'checkov:CKV_K8S_2', 'kics:psp_set_to_privileged'],
  description: 'The policy lets pods run privileged containers, which have full access to the node.',
  remediation: 'Set spec.privileged: false, and migrate to Pod Security Admission (PSP was removed in Kubernetes 1.25).',
  references: [PSP_REFERENCE, 'https://kubernetes.io/docs/concepts/security/pod-security-admission/'],
  inspect: (spec) => (spec['privileged'] === true ? { message: 'allows privileged containers', path: ['spec', 'privileged'] } : undefined),
});
