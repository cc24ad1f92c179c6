import { getPath } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';
import { labelsOf } from '../shared/label-selector.js';
import { namespaceOf } from '../shared/namespace-of.js';
import { templatesMatchingMap } from '../shared/scan-index.js';

export const serviceWithoutPods = defineKubeRule({
  id: 'BW-K8S-133',
  title: 'Service selector matches no pod',
  severity: 'low',
  category: 'network',
  aliases: ['union:N04', 'kics:service_does_not_target_pod', 'kube-linter:dangling-service', 'kube-score:service-targets-pod'],
  description:
    'The Service selects pods by labels that no workload of the scan carries, so it has no endpoints; usually a ' +
    'typo or a stale label after a rename.',
  remediation: 'Make spec.selector match the labels of the intended pod template.',
  references: ['https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service'],
  kinds: ['Service'],
  check(obj, ctx, report) {
    const selector = labelsOf(getPath(obj.body, ['spec', 'selector']));
    // No selector: endpoints are managed by hand (or ExternalName); nothing to match.
    if (Object.keys(selector).length === 0) return;
    const ns = namespaceOf(obj);
    if (templatesMatchingMap(ctx, ns, selector).length > 0) return;
    report({ message: `Service "${obj.name}" selects no pod of namespace "${ns}" in this scan`, path: ['spec', 'selector'] });
  },
});
