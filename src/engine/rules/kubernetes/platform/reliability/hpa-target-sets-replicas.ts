import { defineKubeRule } from '../../../define-rule.js';
import { hpasTargeting } from './scaling.js';

export const hpaTargetSetsReplicas = defineKubeRule({
  id: 'BW-K8S-107',
  title: 'Autoscaled workload also fixes spec.replicas',
  severity: 'info',
  category: 'workload',
  aliases: [
    'union:K73', 'kics:hpa_targeted_deployments_with_configured_replica_count',
    'kube-score:deployment-targeted-by-hpa-does-not-have-replicas-configured',
  ],
  description:
    'Each apply of the manifest resets the replica count the autoscaler chose, causing a scale jump on every deploy.',
  remediation: 'Remove spec.replicas and let the HorizontalPodAutoscaler own it.',
  references: ['https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/#migrating-deployments-and-statefulsets-to-horizontal-autoscaling'],
  kinds: ['Deployment', 'StatefulSet', 'ReplicaSet'],
  check(obj, ctx, report) {
    if (obj.body['spec'] === undefined || typeof obj.body['spec'] !== 'object' || obj.body['spec'] === null) return;
    if ((obj.body['spec'] as Record<string, unknown>)['replicas'] === undefined) return;
    if (hpasTargeting(obj, ctx).length === 0) return;
    report({ message: `${obj.kind} "${obj.name}" sets spec.replicas although an autoscaler manages it`, path: ['spec', 'replicas'] });
  },
});
