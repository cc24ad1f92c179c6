import { PSP_REFERENCE, definePspRule } from './define-psp-rule.js';

export const pspPrivilegeEscalation = definePspRule({
  id: 'BW-K8S-194',
  title: 'PodSecurityPolicy admits privilege escalation',
  severity: 'low',
  category: 'workload',
  aliases: ['union:P00', 'checkov:CKV_K8S_5', 'kics:psp_allows_privilege_escalation'],
  description:
    'allowPrivilegeEscalation defaults to true in a PSP, so setuid binaries in admitted containers can gain more ' +
    'privileges than their process started with.',
  remediation: 'Set spec.allowPrivilegeEscalation: false.',
  references: [PSP_REFERENCE],
  inspect: (spec) => (spec['allowPrivilegeEscalation'] === false ? undefined
    : { message: 'allows privilege escalation', path: ['spec', 'allowPrivilegeEscalation'] }),
});
