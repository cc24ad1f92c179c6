import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';

export const runAsUserRoot = defineKubeRule({
  id: 'BW-K8S-008',
  title: 'Container explicitly runs as UID 0',
  severity: 'high',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K08', 'trivy:KSV-0105', 'kubescape:C-0013'],
  description:
    'runAsUser: 0 forces the container process to run as root whatever the image says, giving it root\'s rights over ' +
    'every file and kernel interface the container can reach.',
  remediation: 'Set `runAsUser` to a non-zero UID (above 10000 avoids host users) and add `runAsNonRoot: true`.',
  references: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted'],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj)) {
      if (c.securityContext.get('runAsUser') === 0) {
        report({ message: `${c.type} "${c.name}" runs as UID 0`, path: c.securityContext.pathOf('runAsUser') });
      }
    }
  },
});
