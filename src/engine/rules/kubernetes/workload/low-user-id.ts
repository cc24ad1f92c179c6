import { containersOf, podSpecOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { isLinuxContainer } from './linux-only.js';

// UIDs up to this value are commonly allocated to real users and daemons on nodes.
const MAX_LOW_ID = 10000;

export const lowUserId = defineKubeRule({
  id: 'BW-K8S-009',
  title: 'Container UID is unset or low enough to exist on the host',
  severity: 'low',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K09', 'trivy:KSV-0020', 'checkov:CKV_K8S_40', 'kics:containers_run_with_low_uid', 'kubesec:RunAsUser',
    'kube-score:container-security-context-user-group-id', 'kubescape:C-0013',
  ],
  description:
    'Without user namespaces a container UID is the same number on the node. A low UID can match a real host account, ' +
    'so a container escape or a shared hostPath lands with that account\'s file rights.',
  remediation: `Run as a UID above ${MAX_LOW_ID} (for example 10001) through \`securityContext.runAsUser\`, or give the pod a user namespace with \`hostUsers: false\`.`,
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/security-context/'],
  check(obj, _ctx, report) {
    // With a user namespace (hostUsers: false) container ids are remapped to an unprivileged host range.
    if (podSpecOf(obj)?.spec['hostUsers'] === false) return;
    for (const c of containersOf(obj).filter(isLinuxContainer)) {
      const id = c.securityContext.get('runAsUser');
      // Unset means the image decides, and most images run as root or a low system user.
      if (id === undefined) {
        report({ message: `${c.type} "${c.name}" sets no runAsUser, so the image's user (often a low UID) applies`, path: c.securityContext.pathOf('runAsUser') });
      } else if (typeof id === 'number' && id <= MAX_LOW_ID) {
        report({ message: `${c.type} "${c.name}" runs with UID ${id} (at or below ${MAX_LOW_ID})`, path: c.securityContext.pathOf('runAsUser') });
      }
    }
  },
});
