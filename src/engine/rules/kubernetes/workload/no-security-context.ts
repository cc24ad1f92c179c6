import type { JsonObject } from '../../../inputs/kube-object.js';
import { asObject } from '../../../inputs/kube-object.js';
import { containersOf, podSpecOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';

function isEmpty(value: JsonObject | undefined): boolean {
  return value === undefined || Object.keys(value).length === 0;
}

export const noSecurityContext = defineKubeRule({
  id: 'BW-K8S-059',
  title: 'Container runs with no security context at all',
  severity: 'medium',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K59', 'trivy:KSV-0118', 'checkov:CKV_K8S_29', 'checkov:CKV_K8S_30', 'kics:pod_or_container_without_security_context'],
  description:
    'With neither a pod nor a container securityContext every setting is the runtime default: root user, ' +
    'writable filesystem, privilege escalation allowed and the full default capability set.',
  remediation: 'Add a securityContext that at least sets `runAsNonRoot`, `allowPrivilegeEscalation: false`, `capabilities.drop: [ALL]` and a seccomp profile.',
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/security-context/'],
  check(obj, _ctx, report) {
    const pod = podSpecOf(obj);
    if (!pod || !isEmpty(asObject(pod.spec['securityContext']))) return;
    for (const c of containersOf(obj)) {
      if (isEmpty(asObject(c.spec['securityContext']))) {
        report({ message: `${c.type} "${c.name}" has no securityContext, and neither has its pod`, path: [...c.path, 'securityContext'] });
      }
    }
  },
});
