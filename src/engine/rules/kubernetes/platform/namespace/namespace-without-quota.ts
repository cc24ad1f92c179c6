import { defineKubeRule } from '../../../define-rule.js';
import { objectsInNamespace } from '../shared/scan-index.js';

export const namespaceWithoutQuota = defineKubeRule({
  id: 'BW-K8S-181',
  title: 'Namespace has no ResourceQuota',
  severity: 'low',
  category: 'workload',
  aliases: ['union:Q02', 'trivy:KSV-0040', 'kics:pod_or_container_without_resource_quota'],
  description:
    'A ResourceQuota bounds the total CPU, memory and object count of a namespace, so one tenant cannot exhaust the ' +
    'cluster. Only Namespace objects of the scan are judged, against ResourceQuotas of the same scan.',
  remediation: 'Add a ResourceQuota to the namespace.',
  references: ['https://kubernetes.io/docs/concepts/policy/resource-quotas/'],
  kinds: ['Namespace'],
  check(obj, ctx, report) {
    // kube-system, kube-public and kube-node-lease belong to the platform, not to a tenant.
    if (obj.name.startsWith('kube-')) return;
    if (objectsInNamespace(ctx, 'ResourceQuota', obj.name).length > 0) return;
    report({ message: `Namespace "${obj.name}" has no ResourceQuota in this scan`, path: ['metadata', 'name'] });
  },
});
