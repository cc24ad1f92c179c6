import { WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { resourceContainersOf, resourcePath, resourceValue } from './container-resources.js';

export const cpuLimitMissing = defineKubeRule({
  id: 'BW-K8S-032',
  title: 'CPU limit not set',
  severity: 'low',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K32', 'trivy:KSV-0011', 'checkov:CKV_K8S_11', 'kics:cpu_limits_not_set', 'kube-linter:unset-cpu-requirements',
    'kubesec:LimitsCPU', 'polaris:cpuLimitsMissing', 'kube-score:container-resources', 'kubescape:C-0050', 'kubescape:C-0270',
  ],
  description:
    'Without a CPU limit a busy or compromised container can use every idle core of the node and slow its ' +
    'neighbours; a limit caps the damage of runaway loops and crypto-miners.',
  remediation: 'Set `resources.limits.cpu` to the most the container should ever use.',
  references: ['https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/'],
  check(obj, _ctx, report) {
    for (const c of resourceContainersOf(obj)) {
      if (resourceValue(c, 'limits', 'cpu') === undefined) {
        report({ message: `${c.type} "${c.name}" has no CPU limit`, path: resourcePath(c, 'limits', 'cpu') });
      }
    }
  },
});
