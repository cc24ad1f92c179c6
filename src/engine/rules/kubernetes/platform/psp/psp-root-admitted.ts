import { asArray, asObject, asString } from '../../../../inputs/kube-object.js';
import { PSP_REFERENCE, definePspRule } from './define-psp-rule.js';

export const pspRootAdmitted = definePspRule({
  id: 'BW-K8S-195',
  title: 'PodSecurityPolicy admits containers running as root',
  severity: 'low',
  category: 'workload',
  aliases: ['union:P00', 'checkov:CKV_K8S_6', 'kics:root_containers_admitted'],
  description: 'The runAsUser strategy lets containers run as UID 0 (RunAsAny, or a MustRunAs range starting at 0).',
  remediation: 'Use runAsUser.rule MustRunAsNonRoot, or MustRunAs with ranges starting above 0.',
  references: [PSP_REFERENCE],
  inspect: (spec) => {
    const runAsUser = asObject(spec['runAsUser']);
    const rule = asString(runAsUser?.['rule']);
    if (rule === 'MustRunAsNonRoot') return undefined;
    if (rule === 'MustRunAs') {
      const ranges = asArray(runAsUser?.['ranges']).map((r) => asObject(r)?.['min']);
      if (ranges.length > 0 && ranges.every((min) => typeof min === 'number' && min > 0)) return undefined;
    }
    return { message: `admits root containers (runAsUser rule ${rule ?? 'unset'})`, path: ['spec', 'runAsUser', 'rule'] };
  },
});
