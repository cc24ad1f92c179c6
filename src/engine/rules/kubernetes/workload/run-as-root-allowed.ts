import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';

export const runAsRootAllowed = defineKubeRule({
  id: 'BW-K8S-007',
  title: 'Container may run as root',
  severity: 'medium',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K07', 'trivy:KSV-0012', 'checkov:CKV_K8S_23', 'kics:containers_running_as_root', 'kube-linter:run-as-non-root',
    'kubesec:RunAsNonRoot', 'polaris:runAsRootAllowed', 'kubescape:C-0013',
  ],
  description:
    'Without runAsNonRoot: true (or a non-zero runAsUser) the container runs as whatever user the image declares, ' +
    'which is root for most images; root in the container is much closer to root on the node.',
  remediation: 'Set `runAsNonRoot: true` in the pod or container securityContext, and a non-zero `runAsUser` if the image has no numeric USER.',
  references: [
    'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted',
    'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
  ],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj)) {
      if (c.securityContext.get('runAsNonRoot') === true) continue;
      const user = c.securityContext.get('runAsUser');
      // An explicit non-zero UID keeps the process off root even without runAsNonRoot.
      if (typeof user === 'number' && user > 0) continue;
      if (user === 0) report({ message: `${c.type} "${c.name}" runs as UID 0`, path: c.securityContext.pathOf('runAsUser') });
      else report({ message: `${c.type} "${c.name}" does not require a non-root user`, path: c.securityContext.pathOf('runAsNonRoot') });
    }
  },
});
