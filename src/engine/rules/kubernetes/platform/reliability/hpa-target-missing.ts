import { asString, getPath } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';
import { namespaceOf } from '../shared/namespace-of.js';
import { objectsInNamespace } from '../shared/scan-index.js';

export const hpaTargetMissing = defineKubeRule({
  id: 'BW-K8S-106',
  title: 'HorizontalPodAutoscaler targets an object not in the scan',
  severity: 'low',
  category: 'workload',
  aliases: [
    'union:K72', 'kics:hpa_targets_invalid_object', 'kube-linter:dangling-horizontalpodautoscaler', 'kube-score:horizontalpodautoscaler-has-target',
  ],
  description: 'The scaleTargetRef names no object of that kind and name in the namespace, so the autoscaler scales nothing.',
  remediation: 'Fix spec.scaleTargetRef (kind, name) or add the target workload.',
  references: ['https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/'],
  kinds: ['HorizontalPodAutoscaler'],
  check(obj, ctx, report) {
    const kind = asString(getPath(obj.body, ['spec', 'scaleTargetRef', 'kind']));
    const name = asString(getPath(obj.body, ['spec', 'scaleTargetRef', 'name']));
    const ns = namespaceOf(obj);
    if (kind && name && objectsInNamespace(ctx, kind, ns).some((o) => o.name === name)) return;
    report({
      message: `HorizontalPodAutoscaler "${obj.name}" targets ${kind ?? '?'} "${name ?? '?'}", which is not in namespace "${ns}" of this scan`,
      path: ['spec', 'scaleTargetRef'],
    });
  },
});
