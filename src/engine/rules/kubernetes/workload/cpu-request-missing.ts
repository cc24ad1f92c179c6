import { WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { resourceContainersOf, resourcePath, resourceValue } from './container-resources.js';

export const cpuRequestMissing = defineKubeRule({
  id: 'BW-K8S-033',
  title: 'CPU request not set',
  severity: 'low',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K33', 'trivy:KSV-0015', 'checkov:CKV_K8S_10', 'kics:cpu_requests_not_set', 'kube-linter:unset-cpu-requirements',
    'kubesec:RequestsCPU', 'polaris:cpuRequestsMissing', 'kube-score:container-resources', 'kubescape:C-0050', 'kubescape:C-0268',
  ],
  description:
    'The scheduler places pods by their requests; without a CPU request the container gets the lowest ' +
    'share under contention and nodes can be overcommitted unnoticed.',
  remediation: 'Set `resources.requests.cpu` to the CPU the container needs in normal operation.',
  references: ['https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/'],
  check(obj, _ctx, report) {
    for (const c of resourceContainersOf(obj)) {
      if (resourceValue(c, 'requests', 'cpu') === undefined) {
        report({ message: `${c.type} "${c.name}" has no CPU request`, path: resourcePath(c, 'requests', 'cpu') });
      }
    }
  },
});
