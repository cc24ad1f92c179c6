import type { PathSegment } from '../../../../domain/source-range.js';
import type { JsonObject } from '../../../inputs/kube-object.js';
import { asObject, asString } from '../../../inputs/kube-object.js';
import { containersOf, podSpecOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';

// SELinux types the baseline Pod Security Standard accepts; anything else (spc_t above all)
// loosens or disables the confinement the runtime would apply.
const ALLOWED_TYPES = new Set(['container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t']);

export const customSelinuxOptions = defineKubeRule({
  id: 'BW-K8S-023',
  title: 'Custom SELinux user, role or type',
  severity: 'medium',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K23', 'trivy:KSV-0025', 'kubescape:C-0055'],
  description:
    'Setting an SELinux user or role, or a type outside the container types, can run the process in a domain the ' +
    'policy does not confine (spc_t is effectively unconfined).',
  remediation: 'Leave `seLinuxOptions.user` and `role` unset and use `container_t` (or the other container_* types) when a type is needed.',
  references: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
  check(obj, _ctx, report) {
    const pod = podSpecOf(obj);
    if (!pod) return;
    const judge = (options: JsonObject | undefined, base: readonly PathSegment[], who: string) => {
      if (!options) return;
      for (const field of ['user', 'role'] as const) {
        const value = asString(options[field]);
        if (value) report({ message: `${who} sets SELinux ${field} "${value}"`, path: [...base, field] });
      }
      const type = asString(options['type']);
      if (type && !ALLOWED_TYPES.has(type)) report({ message: `${who} uses SELinux type "${type}"`, path: [...base, 'type'] });
    };
    judge(asObject(asObject(pod.spec['securityContext'])?.['seLinuxOptions']), [...pod.path, 'securityContext', 'seLinuxOptions'], `${obj.kind} "${obj.name}"`);
    for (const c of containersOf(obj)) {
      judge(asObject(asObject(c.spec['securityContext'])?.['seLinuxOptions']), [...c.path, 'securityContext', 'seLinuxOptions'], `${c.type} "${c.name}"`);
    }
  },
});
