import { getPath } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';

export const hpaReplicaRange = defineKubeRule({
  id: 'BW-K8S-108',
  title: 'HorizontalPodAutoscaler range gives no availability or no scaling',
  severity: 'info',
  category: 'workload',
  aliases: [
    'union:K74', 'kube-linter:hpa-minimum-three-replicas', 'polaris:hpaMaxAvailability', 'polaris:hpaMinAvailability',
    'kube-score:horizontalpodautoscaler-replicas',
  ],
  description:
    'minReplicas 1 lets the autoscaler shrink the workload to a single pod (an outage on the next drain); ' +
    'maxReplicas equal to minReplicas means it never scales at all.',
  remediation: 'Use minReplicas ≥ 2 and maxReplicas above minReplicas.',
  references: ['https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/'],
  kinds: ['HorizontalPodAutoscaler'],
  check(obj, _ctx, report) {
    const min = getPath(obj.body, ['spec', 'minReplicas']);
    const max = getPath(obj.body, ['spec', 'maxReplicas']);
    if (typeof min === 'number' && min < 2) {
      report({ message: `HorizontalPodAutoscaler "${obj.name}" may scale down to ${min} replica`, path: ['spec', 'minReplicas'] });
    }
    if (typeof max === 'number' && max <= (typeof min === 'number' ? min : 1)) {
      report({ message: `HorizontalPodAutoscaler "${obj.name}" maxReplicas ${max} leaves no room to scale`, path: ['spec', 'maxReplicas'] });
    }
  },
});
