import { defineKubeRule } from '../../../define-rule.js';
import { podTemplateOf } from '../shared/pod-templates.js';
import { workloadsWithBudget } from './pdb-selects.js';

export const noDisruptionBudget = defineKubeRule({
  id: 'BW-K8S-103',
  title: 'No PodDisruptionBudget covers the workload',
  severity: 'info',
  category: 'workload',
  aliases: [
    'union:K69', 'kics:deployment_without_pod_disruption_budget', 'kics:statefulset_without_pod_disruption_budget',
    'polaris:missingPodDisruptionBudget', 'kube-score:statefulset-has-poddisruptionbudget', 'kube-score:deployment-has-poddisruptionbudget',
  ],
  description:
    'Without a PodDisruptionBudget, a node drain or cluster upgrade may evict every replica at once. The check ' +
    'looks for a PDB of the same namespace in the scan whose selector matches the pod template.',
  remediation: 'Add a PodDisruptionBudget with maxUnavailable: 1 (or a suitable minAvailable) selecting these pods.',
  references: ['https://kubernetes.io/docs/tasks/run-application/configure-pdb/'],
  kinds: ['Deployment', 'StatefulSet'],
  check(obj, ctx, report) {
    const t = podTemplateOf(obj);
    if (!t) return;
    if (workloadsWithBudget(ctx).has(obj)) return;
    report({ message: `no PodDisruptionBudget in this scan selects the pods of ${obj.kind} "${obj.name}"`, path: t.labelsPath });
  },
});
