import { asString, getPath } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';
import { labelsOf, mapSelects } from '../shared/label-selector.js';
import { namespaceOf } from '../shared/namespace-of.js';
import { podTemplateOf } from '../shared/pod-templates.js';
import { objectsInNamespace } from '../shared/scan-index.js';

export const statefulsetServiceName = defineKubeRule({
  id: 'BW-K8S-118',
  title: 'StatefulSet serviceName missing or not a matching headless Service',
  severity: 'low',
  category: 'workload',
  aliases: ['union:K84', 'kics:statefulset_without_service_name', 'kube-score:statefulset-has-servicename'],
  description:
    'A StatefulSet gives each pod a stable DNS name through the headless Service named in spec.serviceName. ' +
    'If it is missing, not headless (clusterIP: None) or selects other pods, those names do not resolve.',
  remediation: 'Create a headless Service selecting the StatefulSet pods and name it in spec.serviceName.',
  references: ['https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#stable-network-id'],
  kinds: ['StatefulSet'],
  check(obj, ctx, report) {
    const name = asString(getPath(obj.body, ['spec', 'serviceName']));
    if (!name) {
      report({ message: `StatefulSet "${obj.name}" has no serviceName`, path: ['spec', 'serviceName'] });
      return;
    }
    const svc = objectsInNamespace(ctx, 'Service', namespaceOf(obj)).find((s) => s.name === name);
    const path = ['spec', 'serviceName'];
    if (!svc) {
      report({ message: `StatefulSet "${obj.name}" names Service "${name}", which is not in this scan`, path });
    } else if (getPath(svc.body, ['spec', 'clusterIP']) !== 'None') {
      report({ message: `StatefulSet "${obj.name}" names Service "${name}", which is not headless`, path });
    } else {
      const t = podTemplateOf(obj);
      if (t && !mapSelects(labelsOf(getPath(svc.body, ['spec', 'selector'])), t.labels)) {
        report({ message: `StatefulSet "${obj.name}" names Service "${name}", which does not select its pods`, path });
      }
    }
  },
});
