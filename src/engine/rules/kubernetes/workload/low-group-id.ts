import { containersOf, podSpecOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { isLinuxContainer } from './linux-only.js';

const MAX_LOW_ID = 10000;

export const lowGroupId = defineKubeRule({
  id: 'BW-K8S-010',
  title: 'Container GID is unset or low enough to exist on the host',
  severity: 'low',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K10', 'trivy:KSV-0021', 'kubesec:RunAsGroup', 'kubescape:C-0013'],
  description:
    'Without a user namespace group ids are not remapped either: a low GID can equal a host group such as disk or ' +
    'docker, and files on shared volumes become reachable through that group.',
  remediation: `Set \`securityContext.runAsGroup\` to a GID above ${MAX_LOW_ID}, or give the pod a user namespace with \`hostUsers: false\`.`,
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/security-context/'],
  check(obj, _ctx, report) {
    // With a user namespace (hostUsers: false) container ids are remapped to an unprivileged host range.
    if (podSpecOf(obj)?.spec['hostUsers'] === false) return;
    for (const c of containersOf(obj).filter(isLinuxContainer)) {
      const id = c.securityContext.get('runAsGroup');
      // Unset means the image decides, and most images run as root or a low system group.
      if (id === undefined) {
        report({ message: `${c.type} "${c.name}" sets no runAsGroup, so the image's group (often a low GID) applies`, path: c.securityContext.pathOf('runAsGroup') });
      } else if (typeof id === 'number' && id <= MAX_LOW_ID) {
        report({ message: `${c.type} "${c.name}" runs with GID ${id} (at or below ${MAX_LOW_ID})`, path: c.securityContext.pathOf('runAsGroup') });
      }
    }
  },
});
