import { asArray, asObject } from '../../../inputs/kube-object.js';
import { containersOf, podSpecOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';

export const rootGroup = defineKubeRule({
  id: 'BW-K8S-011',
  title: 'Pod or container uses the root group (GID 0)',
  severity: 'low',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K11', 'trivy:KSV-0116', 'kube-linter:run-as-non-root', 'kubescape:C-0013'],
  description:
    'GID 0 is the root group: files owned by group root on the image or on mounted volumes become writable or ' +
    'readable to the process even when it does not run as UID 0.',
  remediation: 'Use a non-zero `runAsGroup` and `fsGroup`, and leave 0 out of `supplementalGroups`.',
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/security-context/'],
  check(obj, _ctx, report) {
    const pod = podSpecOf(obj);
    if (!pod) return;
    for (const c of containersOf(obj)) {
      // Reported once per place it is written: an inherited pod value is reported by the pod below.
      if (c.securityContext.get('runAsGroup') === 0 && !c.securityContext.isInherited('runAsGroup')) {
        report({ message: `${c.type} "${c.name}" runs with GID 0`, path: c.securityContext.pathOf('runAsGroup') });
      }
    }
    const podSc = asObject(pod.spec['securityContext']);
    if (!podSc) return;
    for (const field of ['runAsGroup', 'fsGroup'] as const) {
      if (podSc[field] === 0) report({ message: `${obj.kind} "${obj.name}" sets ${field} to 0`, path: [...pod.path, 'securityContext', field] });
    }
    asArray(podSc['supplementalGroups']).forEach((g, i) => {
      if (g === 0) report({ message: `${obj.kind} "${obj.name}" adds supplemental group 0`, path: [...pod.path, 'securityContext', 'supplementalGroups', i] });
    });
  },
});
