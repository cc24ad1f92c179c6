import { podSpecOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';

export const deprecatedServiceAccountField = defineKubeRule({
  id: 'BW-K8S-048',
  title: 'Deprecated serviceAccount field used',
  severity: 'low',
  category: 'access_control',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K48', 'kube-linter:deprecated-service-account-field'],
  description:
    '`spec.serviceAccount` is a deprecated alias of `serviceAccountName`; tools that read only the current field ' +
    'misjudge which account (and which permissions) the pod has.',
  remediation: 'Rename `serviceAccount` to `serviceAccountName`.',
  references: ['https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security-context'],
  check(obj, _ctx, report) {
    const pod = podSpecOf(obj);
    const value = pod?.spec['serviceAccount'];
    if (pod && typeof value === 'string' && value !== '') {
      report({ message: `${obj.kind} "${obj.name}" uses the deprecated serviceAccount field`, path: [...pod.path, 'serviceAccount'] });
    }
  },
});
