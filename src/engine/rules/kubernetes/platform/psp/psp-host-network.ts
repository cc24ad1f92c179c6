import { PSP_REFERENCE, definePspRule } from './define-psp-rule.js';

export const pspHostNetwork = definePspRule({
  id: 'BW-K8S-193',
  title: 'PodSecurityPolicy admits the host network',
  severity: 'low',
  category: 'network',
  aliases: ['union:P00', 'checkov:CKV_K8S_4', 'kics:psp_containers_share_host_network_namespace'],
  description: 'The policy lets pods use the node\'s network stack, bypassing NetworkPolicies and reaching node-local services.',
  remediation: 'Set spec.hostNetwork: false (and migrate to Pod Security Admission).',
  references: [PSP_REFERENCE],
  inspect: (spec) => (spec['hostNetwork'] === true ? { message: 'allows hostNetwork', path: ['spec', 'hostNetwork'] } : undefined),
});
