import { WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { resourceContainersOf, resourcePath, resourceValue } from './container-resources.js';

export const memoryLimitMissing = defineKubeRule({
  id: 'BW-K8S-034',
  title: 'Memory limit not set',
  severity: 'low',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K34', 'trivy:KSV-0018', 'checkov:CKV_K8S_13', 'kics:memory_limits_not_defined', 'kube-linter:unset-memory-requirements',
    'kubesec:LimitsMemory', 'polaris:memoryLimitsMissing', 'kube-score:container-resources', 'kubescape:C-0004', 'kubescape:C-0271',
  ],
  description:
    'A container without a memory limit can grow until the node runs out of memory, at which point the ' +
    'kernel kills processes of other pods too.',
  remediation: 'Set `resources.limits.memory` to a bound the program respects.',
  references: ['https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/'],
  check(obj, _ctx, report) {
    for (const c of resourceContainersOf(obj)) {
      if (resourceValue(c, 'limits', 'memory') === undefined) {
        report({ message: `${c.type} "${c.name}" has no memory limit`, path: resourcePath(c, 'limits', 'memory') });
      }
    }
  },
});
