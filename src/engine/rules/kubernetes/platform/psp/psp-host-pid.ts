import { PSP_REFERENCE, definePspRule } from './define-psp-rule.js';

export const pspHostPid = definePspRule({
  id: 'BW-K8S-191',
  title: 'PodSecurityPolicy admits the host PID namespace',
  severity: 'low',
  category: 'node_escape',
  aliases: ['union:P00', 'checkov:CKV_K8S_1', 'kics:psp_allows_sharing_host_pid'],
  description: 'The policy lets pods share the node\'s process namespace, exposing every process on the node.',
  remediation: 'Set spec.hostPID: false (and migrate to Pod Security Admission).',
  references: [PSP_REFERENCE],
  inspect: (spec) => (spec['hostPID'] === true ? { message: 'allows hostPID', path: ['spec', 'hostPID'] } : undefined),
});
