import { asArray, asObject } from '../../../inputs/kube-object.js';
import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';

export const privilegedPort = defineKubeRule({
  id: 'BW-K8S-057',
  title: 'Container listens on a privileged port (below 1024)',
  severity: 'low',
  category: 'network',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K57', 'trivy:KSV-0117', 'kube-linter:privileged-ports'],
  description:
    'Binding a port below 1024 needs root or NET_BIND_SERVICE, which pushes images to run with more privilege ' +
    'than the service needs; inside a pod any port can be mapped to 80 or 443 by the Service.',
  remediation: 'Listen on a port of 1024 or above and map it through the Service\'s `port`/`targetPort`.',
  references: ['https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service'],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj)) {
      asArray(c.spec['ports']).forEach((p, i) => {
        const port = asObject(p)?.['containerPort'];
        if (typeof port === 'number' && port > 0 && port < 1024) {
          report({ message: `${c.type} "${c.name}" uses privileged port ${port}`, path: [...c.path, 'ports', i, 'containerPort'] });
        }
      });
    }
  },
});
