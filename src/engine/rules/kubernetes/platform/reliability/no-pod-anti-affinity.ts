import { asArray, asObject, asString, getPath } from '../../../../inputs/kube-object.js';
import type { JsonValue } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';
import { labelSelectorSelects } from '../shared/label-selector.js';
import { podTemplateOf } from '../shared/pod-templates.js';
import { minimumReplicas } from './scaling.js';

export const noPodAntiAffinity = defineKubeRule({
  id: 'BW-K8S-102',
  title: 'Replicated workload has no pod anti-affinity',
  severity: 'info',
  category: 'workload',
  aliases: [
    'union:K68', 'kics:deployment_has_no_pod_anti_affinity', 'kics:statefulset_has_no_pod_anti_affinity', 'kube-linter:no-anti-affinity',
    'kube-score:deployment-has-host-podantiaffinity', 'kube-score:statefulset-has-host-podantiaffinity',
  ],
  description:
    'Without an anti-affinity term that matches the workload\'s own pods, the scheduler may put every replica on ' +
    'the same node, and one node failure takes them all down.',
  remediation:
    'Add a preferred podAntiAffinity term with topologyKey kubernetes.io/hostname whose labelSelector matches the pod ' +
    'template labels (or use topologySpreadConstraints).',
  references: ['https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#inter-pod-affinity-and-anti-affinity'],
  kinds: ['Deployment', 'StatefulSet', 'DeploymentConfig'],
  check(obj, ctx, report) {
    const t = podTemplateOf(obj);
    if (!t?.pod || minimumReplicas(obj, ctx) < 2) return;
    const anti = asObject(getPath(t.pod.spec, ['affinity', 'podAntiAffinity']));
    const terms: JsonValue[] = [
      ...asArray(anti?.['requiredDuringSchedulingIgnoredDuringExecution']),
      ...asArray(anti?.['preferredDuringSchedulingIgnoredDuringExecution']).map((p) => asObject(p)?.['podAffinityTerm'] ?? null),
    ];
    const coversSelf = terms.some((term) => {
      const o = asObject(term);
      const selector = asObject(o?.['labelSelector']);
      if (!o || !selector || !asString(o['topologyKey'])) return false;
      // A namespaces list that omits the workload's own namespace never sees its replicas.
      const namespaces = asArray(o['namespaces']).filter((n): n is string => typeof n === 'string');
      if (namespaces.length > 0 && !namespaces.includes(t.namespace)) return false;
      return labelSelectorSelects(selector, t.labels);
    });
    if (!coversSelf) {
      report({ message: `${obj.kind} "${obj.name}" has no pod anti-affinity spreading its own replicas`, path: [...t.pod.path, 'affinity', 'podAntiAffinity'] });
    }
  },
});
