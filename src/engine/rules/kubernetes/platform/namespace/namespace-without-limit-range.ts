import { defineKubeRule } from '../../../define-rule.js';
import { objectsInNamespace } from '../shared/scan-index.js';

export const namespaceWithoutLimitRange = defineKubeRule({
  id: 'BW-K8S-180',
  title: 'Namespace has no LimitRange',
  severity: 'low',
  category: 'workload',
  aliases: ['union:Q01', 'trivy:KSV-0039', 'kics:pod_or_container_without_limit_range'],
  description:
    'A LimitRange gives containers default requests and limits and caps what one pod may ask for. Without it, a pod ' +
    'that declares nothing can consume a whole node. Only Namespace objects of the scan are judged, against ' +
    'LimitRanges of the same scan.',
  remediation: 'Add a LimitRange with default and defaultRequest values to the namespace.',
  references: ['https://kubernetes.io/docs/concepts/policy/limit-range/'],
  kinds: ['Namespace'],
  check(obj, ctx, report) {
    // kube-system, kube-public and kube-node-lease belong to the platform, not to a tenant.
    if (obj.name.startsWith('kube-')) return;
    if (objectsInNamespace(ctx, 'LimitRange', obj.name).length > 0) return;
    report({ message: `Namespace "${obj.name}" has no LimitRange in this scan`, path: ['metadata', 'name'] });
  },
});
