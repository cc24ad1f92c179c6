import { getPath } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';
import { declaredReplicas, hpasTargeting } from './scaling.js';

export const tooFewReplicas = defineKubeRule({
  id: 'BW-K8S-101',
  title: 'Workload runs a single replica',
  severity: 'info',
  category: 'workload',
  aliases: ['union:K67', 'kube-linter:minimum-three-replicas', 'polaris:deploymentMissingReplicas', 'kube-score:deployment-replicas'],
  description:
    'With one replica every node drain, eviction or crash is an outage. Two is the minimum for a service that ' +
    'should survive routine maintenance (unset replicas means one).',
  remediation: 'Set spec.replicas to 2 or more, or let a HorizontalPodAutoscaler with minReplicas ≥ 2 manage it.',
  references: ['https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#replicas'],
  kinds: ['Deployment', 'StatefulSet', 'DeploymentConfig'],
  check(obj, ctx, report) {
    if (hpasTargeting(obj, ctx).length > 0) return;
    const raw = getPath(obj.body, ['spec', 'replicas']);
    if (raw !== undefined && raw !== null && typeof raw !== 'number') return; // templated or malformed: not ours to judge
    const replicas = declaredReplicas(obj);
    // Zero is a deliberate scale-down, not an availability mistake.
    if ((replicas ?? 1) >= 2 || replicas === 0) return;
    report({ message: `${obj.kind} "${obj.name}" runs ${replicas ?? 'the default of 1'} replica`, path: ['spec', 'replicas'] });
  },
});
