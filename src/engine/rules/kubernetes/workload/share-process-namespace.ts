import { podSpecOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';

export const shareProcessNamespace = defineKubeRule({
  id: 'BW-K8S-066',
  title: 'Containers of the pod share one process namespace',
  severity: 'medium',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  // No peer checks this; the nearest row of the union table is host PID sharing (K03).
  aliases: ['union:K03'],
  description:
    'With shareProcessNamespace every container sees and can signal the others\' processes and read their ' +
    'environment and filesystem through /proc/<pid>/root, so a compromised sidecar reaches the main container\'s secrets.',
  remediation: 'Remove `shareProcessNamespace: true` unless a sidecar truly needs it; use an ephemeral debug container for troubleshooting.',
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/share-process-namespace/'],
  check(obj, _ctx, report) {
    const pod = podSpecOf(obj);
    if (pod?.spec['shareProcessNamespace'] === true) {
      report({ message: `${obj.kind} "${obj.name}" shares one process namespace between its containers`, path: [...pod.path, 'shareProcessNamespace'] });
    }
  },
});
