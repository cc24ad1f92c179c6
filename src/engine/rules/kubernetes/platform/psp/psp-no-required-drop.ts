import { asArray } from '../../../../inputs/kube-object.js';
import { PSP_REFERENCE, definePspRule } from './define-psp-rule.js';

export const pspNoRequiredDrop = definePspRule({
  id: 'BW-K8S-198',
  title: 'PodSecurityPolicy requires no capabilities to be dropped',
  severity: 'low',
  category: 'workload',
  aliases: ['union:P00', 'checkov:CKV_K8S_36', 'kics:not_limited_capabilities_for_pod_security_policy'],
  description: 'Without requiredDropCapabilities, admitted containers keep the runtime\'s default capability set.',
  remediation: 'Set spec.requiredDropCapabilities: [ALL].',
  references: [PSP_REFERENCE],
  inspect: (spec) => (asArray(spec['requiredDropCapabilities']).length > 0 ? undefined
    : { message: 'does not require dropping any capability', path: ['spec', 'requiredDropCapabilities'] }),
});
