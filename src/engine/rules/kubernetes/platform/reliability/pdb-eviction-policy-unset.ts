import { getPath } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';

export const pdbEvictionPolicyUnset = defineKubeRule({
  id: 'BW-K8S-105',
  title: 'PodDisruptionBudget does not set unhealthyPodEvictionPolicy',
  severity: 'info',
  category: 'workload',
  aliases: ['union:K71', 'kube-linter:pdb-unhealthy-pod-eviction-policy'],
  description:
    'With the default policy, pods that never become ready still count against the budget, so a broken rollout ' +
    'can block node drains. AlwaysAllow lets unhealthy pods be evicted.',
  remediation: 'Set spec.unhealthyPodEvictionPolicy: AlwaysAllow (or IfHealthyBudget deliberately).',
  references: ['https://kubernetes.io/docs/tasks/run-application/configure-pdb/#unhealthy-pod-eviction-policy'],
  kinds: ['PodDisruptionBudget'],
  check(obj, _ctx, report) {
    if (typeof getPath(obj.body, ['spec', 'unhealthyPodEvictionPolicy']) === 'string') return;
    report({ message: `PodDisruptionBudget "${obj.name}" leaves unhealthyPodEvictionPolicy at its default`, path: ['spec', 'unhealthyPodEvictionPolicy'] });
  },
});
