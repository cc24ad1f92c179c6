import type { JsonValue } from '../../../../inputs/kube-object.js';
import { asObject } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';
import { minimumReplicas } from './scaling.js';
import { templatesCoveredBy } from './pdb-selects.js';

function percent(v: JsonValue | undefined): number | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^(\d+)%$/.exec(v.trim());
  return m ? Number(m[1]) : undefined;
}

export const pdbBlocksDisruptions = defineKubeRule({
  id: 'BW-K8S-104',
  title: 'PodDisruptionBudget has no policy or allows no disruption',
  severity: 'low',
  category: 'workload',
  aliases: [
    'union:K70', 'kube-linter:pdb-max-unavailable', 'kube-linter:pdb-min-available', 'polaris:pdbDisruptionsIsZero',
    'polaris:pdbMinAvailableGreaterThanHPAMinReplicas', 'kube-score:poddisruptionbudget-has-policy',
  ],
  description:
    'A budget of maxUnavailable 0, minAvailable 100%, or a minAvailable at or above the replicas the workload runs ' +
    '(its HPA minimum when autoscaled) lets no pod be evicted, so node drains and upgrades hang. A budget with ' +
    'neither field protects nothing.',
  remediation: 'Set maxUnavailable: 1 (or a minAvailable below the smallest replica count).',
  references: ['https://kubernetes.io/docs/tasks/run-application/configure-pdb/#think-about-how-your-application-reacts-to-disruptions'],
  kinds: ['PodDisruptionBudget'],
  check(obj, ctx, report) {
    const spec = asObject(obj.body['spec']);
    const min = spec?.['minAvailable'];
    const max = spec?.['maxUnavailable'];
    if ((min === undefined || min === null) && (max === undefined || max === null)) {
      report({ message: `PodDisruptionBudget "${obj.name}" sets neither minAvailable nor maxUnavailable`, path: ['spec'] });
      return;
    }
    if (max === 0 || percent(max) === 0) {
      report({ message: `PodDisruptionBudget "${obj.name}" allows no pod to be unavailable`, path: ['spec', 'maxUnavailable'] });
    }
    if ((percent(min) ?? 0) >= 100) {
      report({ message: `PodDisruptionBudget "${obj.name}" requires ${String(min)} of pods available`, path: ['spec', 'minAvailable'] });
    } else if (typeof min === 'number') {
      for (const t of templatesCoveredBy(obj, ctx)) {
        const replicas = minimumReplicas(t.obj, ctx);
        if (min >= replicas) {
          report({ message: `PodDisruptionBudget "${obj.name}" minAvailable ${min} is not below the ${replicas} replica(s) ${t.obj.kind} "${t.obj.name}" may run`, path: ['spec', 'minAvailable'] });
          break;
        }
      }
    }
  },
});
