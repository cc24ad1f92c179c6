import { PSP_REFERENCE, definePspRule } from './define-psp-rule.js';

export const pspHostIpc = definePspRule({
  id: 'BW-K8S-192',
  title: 'PodSecurityPolicy admits the host IPC namespace',
  severity: 'low',
  category: 'node_escape',
  aliases: ['union:P00', 'checkov:CKV_K8S_3', 'kics:psp_allows_sharing_host_ipc'],
  description: 'The policy lets pods share the node\'s IPC namespace and its shared memory.',
  remediation: 'Set spec.hostIPC: false (and migrate to Pod Security Admission).',
  references: [PSP_REFERENCE],
  inspect: (spec) => (spec['hostIPC'] === true ? { message: 'allows hostIPC', path: ['spec', 'hostIPC'] } : undefined),
});
