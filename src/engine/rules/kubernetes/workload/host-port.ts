import { asArray, asObject } from '../../../inputs/kube-object.js';
import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';

export const hostPort = defineKubeRule({
  id: 'BW-K8S-006',
  title: 'Container binds a port on the node',
  severity: 'medium',
  category: 'network',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K06', 'trivy:KSV-0024', 'checkov:CKV_K8S_26', 'kics:workload_host_port_not_specified', 'polaris:hostPortSet', 'kubescape:C-0044',
  ],
  description:
    'A hostPort opens the port on the node\'s own address, bypassing Services and often NetworkPolicies, and limits ' +
    'scheduling to one such pod per node.',
  remediation: 'Drop `hostPort` and publish the container through a Service (NodePort or LoadBalancer if it must be reachable from outside).',
  references: ['https://kubernetes.io/docs/concepts/configuration/overview/#services'],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj)) {
      asArray(c.spec['ports']).forEach((p, i) => {
        const port = asObject(p)?.['hostPort'];
        if (typeof port === 'number' && port > 0) {
          report({ message: `${c.type} "${c.name}" binds host port ${port}`, path: [...c.path, 'ports', i, 'hostPort'] });
        }
      });
    }
  },
});
