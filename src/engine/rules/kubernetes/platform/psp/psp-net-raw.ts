import { asArray } from '../../../../inputs/kube-object.js';
import { PSP_REFERENCE, definePspRule } from './define-psp-rule.js';

export const pspNetRaw = definePspRule({
  id: 'BW-K8S-196',
  title: 'PodSecurityPolicy does not drop NET_RAW',
  severity: 'low',
  category: 'network',
  aliases: ['union:P00', 'checkov:CKV_K8S_7', 'kics:net_raw_capabilities_disabled_for_psp'],
  description: 'NET_RAW lets containers craft packets (ARP and DNS spoofing inside the node network) and is rarely needed.',
  remediation: 'Add NET_RAW (or ALL) to spec.requiredDropCapabilities.',
  references: [PSP_REFERENCE],
  inspect: (spec) => {
    const drops = asArray(spec['requiredDropCapabilities']).map((c) => String(c).toUpperCase().replace(/^CAP_/, ''));
    return drops.includes('NET_RAW') || drops.includes('ALL') ? undefined
      : { message: 'does not require dropping NET_RAW', path: ['spec', 'requiredDropCapabilities'] };
  },
});
