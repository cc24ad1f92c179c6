import { getPath } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';
import { labelsOf } from '../shared/label-selector.js';
import { namespaceOf } from '../shared/namespace-of.js';
import { objectsInNamespace, templatesMatchingMap } from '../shared/scan-index.js';
import { ingressBackendsOf } from './ingress-backends.js';

export const ingressExposesWorkload = defineKubeRule({
  id: 'BW-K8S-137',
  title: 'Ingress exposes a workload outside the cluster',
  // Info: routing traffic to a workload is what an Ingress is for; the finding is an inventory
  // entry for reviewers and for raising other findings on that workload, not a defect.
  severity: 'info',
  category: 'network',
  aliases: ['union:N08', 'kics:ingress_controller_exposes_workload', 'kubescape:C-0266'],
  description:
    'This Ingress path reaches a workload of the scan through its Service. Externally reachable workloads deserve ' +
    'the strictest pod security and network settings.',
  remediation: 'Confirm the exposure is intended; harden the exposed workload and restrict the Ingress hosts and paths.',
  references: ['https://kubernetes.io/docs/concepts/services-networking/ingress/'],
  kinds: ['Ingress'],
  check(obj, ctx, report) {
    const ns = namespaceOf(obj);
    const services = objectsInNamespace(ctx, 'Service', ns);
    for (const b of ingressBackendsOf(obj)) {
      const svc = services.find((s) => s.name === b.serviceName);
      if (!svc) continue;
      const selector = labelsOf(getPath(svc.body, ['spec', 'selector']));
      const workload = templatesMatchingMap(ctx, ns, selector)[0];
      if (workload) {
        report({ message: `Ingress "${obj.name}" exposes ${workload.obj.kind} "${workload.obj.name}" through Service "${svc.name}"`, path: b.path });
      }
    }
  },
});
