import { defineKubeRule } from '../../../define-rule.js';
import { namespaceOf } from '../shared/namespace-of.js';
import { objectsInNamespace } from '../shared/scan-index.js';
import { ingressBackendsOf } from './ingress-backends.js';

export const ingressMissingService = defineKubeRule({
  id: 'BW-K8S-136',
  title: 'Ingress routes to a Service that does not exist',
  severity: 'low',
  category: 'network',
  aliases: ['union:N07', 'kube-linter:dangling-ingress', 'kube-score:ingress-targets-service'],
  description: 'A backend names a Service absent from the namespace, so requests for that path get a 503 from the controller.',
  remediation: 'Fix the backend service name, or add the missing Service.',
  references: ['https://kubernetes.io/docs/concepts/services-networking/ingress/#the-ingress-resource'],
  kinds: ['Ingress'],
  check(obj, ctx, report) {
    const ns = namespaceOf(obj);
    const names = new Set(objectsInNamespace(ctx, 'Service', ns).map((s) => s.name));
    for (const b of ingressBackendsOf(obj)) {
      if (!names.has(b.serviceName)) {
        report({ message: `Ingress "${obj.name}" routes to Service "${b.serviceName}", which is not in namespace "${ns}" of this scan`, path: b.path });
      }
    }
  },
});
