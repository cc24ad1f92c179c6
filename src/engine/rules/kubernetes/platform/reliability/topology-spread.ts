import { asArray, asObject, asString } from '../../../../inputs/kube-object.js';
import { podSpecOf } from '../../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../../define-rule.js';
import { isControlled } from '../shared/controlled-by.js';

const WHEN = ['DoNotSchedule', 'ScheduleAnyway'];

export const topologySpread = defineKubeRule({
  id: 'BW-K8S-114',
  title: 'No valid topologySpreadConstraints',
  severity: 'info',
  category: 'workload',
  aliases: ['union:K80', 'polaris:topologySpreadConstraint', 'kube-score:pod-topology-spread-constraints'],
  description:
    'Topology spread constraints keep replicas apart across zones and nodes. Without them (or with an invalid ' +
    'constraint: maxSkew < 1, no topologyKey or labelSelector, unknown whenUnsatisfiable, minDomains < 1) a zone ' +
    'outage can take every replica.',
  remediation: 'Add a constraint with maxSkew 1, topologyKey topology.kubernetes.io/zone and a labelSelector matching the pods.',
  references: ['https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/'],
  kinds: ['Deployment', 'StatefulSet', 'DeploymentConfig', 'Pod', 'ReplicaSet', 'DaemonSet', 'Job', 'CronJob'],
  check(obj, _ctx, report) {
    if (isControlled(obj)) return;
    const pod = podSpecOf(obj);
    if (!pod) return;
    const list = asArray(pod.spec['topologySpreadConstraints']);
    // Missing constraints only matter for replicated controllers; on other kinds only invalid ones are reported.
    if (list.length === 0) {
      if (['Deployment', 'StatefulSet', 'DeploymentConfig'].includes(obj.kind)) {
        report({ message: `${obj.kind} "${obj.name}" has no topologySpreadConstraints`, path: [...pod.path, 'topologySpreadConstraints'] });
      }
      return;
    }
    list.forEach((item, i) => {
      const c = asObject(item);
      const path = [...pod.path, 'topologySpreadConstraints', i];
      const problems: string[] = [];
      const skew = c?.['maxSkew'];
      if (typeof skew !== 'number' || skew < 1) problems.push('maxSkew must be ≥ 1');
      if (!asString(c?.['topologyKey'])) problems.push('topologyKey is missing');
      if (!asObject(c?.['labelSelector'])) problems.push('labelSelector is missing');
      const when = asString(c?.['whenUnsatisfiable']);
      if (!when || !WHEN.includes(when)) problems.push(`whenUnsatisfiable must be ${WHEN.join(' or ')}`);
      const minDomains = c?.['minDomains'];
      if (minDomains !== undefined && (typeof minDomains !== 'number' || minDomains < 1)) problems.push('minDomains must be ≥ 1');
      if (problems.length > 0) report({ message: `${obj.kind} "${obj.name}" topologySpreadConstraints[${i}]: ${problems.join('; ')}`, path });
    });
  },
});
