import { asString, getPath } from '../../../../inputs/kube-object.js';
import type { KubeRule } from '../../../define-rule.js';
import { defineKubeRule } from '../../../define-rule.js';
import { PSP_REFERENCE } from './define-psp-rule.js';

const KEY = 'seccomp.security.alpha.kubernetes.io/defaultProfileName';
const GOOD = ['runtime/default', 'docker/default'];

// Reads an annotation, so it is written directly rather than through definePspRule (which sees only spec).
export const pspDefaultSeccomp: KubeRule = defineKubeRule({
  id: 'BW-K8S-199',
  title: 'PodSecurityPolicy sets no default seccomp profile',
  severity: 'low',
  category: 'workload',
  aliases: ['union:P00', 'checkov:CKV_K8S_32'],
  description: 'Without a default seccomp profile, admitted pods run with every system call available to the kernel attack surface.',
  remediation: `Annotate the policy with ${KEY}: runtime/default.`,
  references: [PSP_REFERENCE],
  kinds: ['PodSecurityPolicy'],
  check(obj, _ctx, report) {
    const value = asString(getPath(obj.body, ['metadata', 'annotations', KEY]));
    if (value !== undefined && GOOD.includes(value)) return;
    report({ message: `PodSecurityPolicy "${obj.name}" has no runtime/default seccomp default`, path: ['metadata', 'annotations', KEY] });
  },
});
