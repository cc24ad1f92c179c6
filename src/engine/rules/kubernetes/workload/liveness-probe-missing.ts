import { asObject } from '../../../inputs/kube-object.js';
import { WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { probeContainersOf } from './probe-containers.js';

export const livenessProbeMissing = defineKubeRule({
  id: 'BW-K8S-042',
  title: 'Liveness probe not configured',
  severity: 'low',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K42', 'checkov:CKV_K8S_8', 'kics:liveness_probe_is_not_defined', 'kube-linter:no-liveness-probe', 'polaris:livenessProbeMissing',
    'kube-score:pod-probes', 'kubescape:C-0056',
  ],
  description:
    'Without a liveness probe a hung process (deadlock, exhausted pool) keeps its pod Running forever; the kubelet ' +
    'only restarts containers whose process exits.',
  remediation: 'Add a `livenessProbe` that fails only when the process cannot recover on its own.',
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/'],
  check(obj, _ctx, report) {
    for (const c of probeContainersOf(obj)) {
      if (!asObject(c.spec['livenessProbe'])) report({ message: `container "${c.name}" has no liveness probe`, path: [...c.path, 'livenessProbe'] });
    }
  },
});
