import { asArray } from '../../../../inputs/kube-object.js';
import { PSP_REFERENCE, definePspRule } from './define-psp-rule.js';

export const pspAddedCapabilities = definePspRule({
  id: 'BW-K8S-197',
  title: 'PodSecurityPolicy allows adding capabilities',
  severity: 'low',
  category: 'node_escape',
  aliases: ['union:P00', 'checkov:CKV_K8S_24', 'kics:psp_with_added_capabilities'],
  description: 'allowedCapabilities or defaultAddCapabilities let admitted containers gain Linux capabilities beyond the default set.',
  remediation: 'Empty spec.allowedCapabilities and spec.defaultAddCapabilities, or list only what a workload truly needs.',
  references: [PSP_REFERENCE],
  inspect: (spec) => {
    for (const key of ['allowedCapabilities', 'defaultAddCapabilities']) {
      if (asArray(spec[key]).length > 0) return { message: `sets ${key}`, path: ['spec', key] };
    }
    return undefined;
  },
});
