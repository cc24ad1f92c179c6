import { WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { resourceContainersOf, resourcePath, resourceValue } from './container-resources.js';

export const memoryRequestMissing = defineKubeRule({
  id: 'BW-K8S-035',
  title: 'Memory request not set',
  severity: 'low',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K35', 'trivy:KSV-0016', 'checkov:CKV_K8S_12', 'kics:memory_requests_not_defined', 'kube-linter:unset-memory-requirements',
    'kubesec:RequestsMemory', 'polaris:memoryRequestsMissing', 'kube-score:container-resources', 'kubescape:C-0004', 'kubescape:C-0269',
  ],
  description:
    'Without a memory request the scheduler assumes the container needs none, packs nodes too tightly ' +
    'and the pod is among the first evicted under memory pressure.',
  remediation: 'Set `resources.requests.memory` to the working-set size of the container.',
  references: ['https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/'],
  check(obj, _ctx, report) {
    for (const c of resourceContainersOf(obj)) {
      if (resourceValue(c, 'requests', 'memory') === undefined) {
        report({ message: `${c.type} "${c.name}" has no memory request`, path: resourcePath(c, 'requests', 'memory') });
      }
    }
  },
});
