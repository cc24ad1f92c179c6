import { asObject } from '../../../inputs/kube-object.js';
import { WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { probeContainersOf } from './probe-containers.js';

export const readinessProbeMissing = defineKubeRule({
  id: 'BW-K8S-043',
  title: 'Readiness probe not configured',
  severity: 'low',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K43', 'checkov:CKV_K8S_9', 'kics:readiness_probe_is_not_configured', 'kube-linter:no-readiness-probe',
    'polaris:readinessProbeMissing', 'kube-score:pod-probes', 'kubescape:C-0018',
  ],
  description:
    'Without a readiness probe a pod receives Service traffic as soon as its process starts, before it can answer, ' +
    'and keeps receiving it while it is overloaded or disconnected from its dependencies.',
  remediation: 'Add a `readinessProbe` that checks the container can serve requests.',
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/'],
  check(obj, _ctx, report) {
    for (const c of probeContainersOf(obj)) {
      if (!asObject(c.spec['readinessProbe'])) report({ message: `container "${c.name}" has no readiness probe`, path: [...c.path, 'readinessProbe'] });
    }
  },
});
