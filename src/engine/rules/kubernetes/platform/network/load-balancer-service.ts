import { asArray, asString, getPath } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';

const OPEN_RANGES = new Set(['0.0.0.0/0', '::/0']);

export const loadBalancerService = defineKubeRule({
  id: 'BW-K8S-131',
  title: 'Service of type LoadBalancer open to any source',
  severity: 'medium',
  category: 'network',
  aliases: ['union:N02', 'kics:service_with_external_load_balancer', 'kubescape:C-0256'],
  description:
    'A LoadBalancer Service usually gets a public address from the cloud provider. Without ' +
    'loadBalancerSourceRanges anyone on the internet can reach its ports.',
  remediation: 'Restrict spec.loadBalancerSourceRanges, use an internal load balancer, or front the workload with an Ingress.',
  references: ['https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer'],
  kinds: ['Service'],
  check(obj, _ctx, report) {
    if (asString(getPath(obj.body, ['spec', 'type'])) !== 'LoadBalancer') return;
    const ranges = asArray(getPath(obj.body, ['spec', 'loadBalancerSourceRanges'])).map((r) => String(r).trim());
    // A source-range allow-list that is not itself "everything" is the control this rule asks for.
    if (ranges.length > 0 && !ranges.some((r) => OPEN_RANGES.has(r))) return;
    report({ message: `Service "${obj.name}" is a LoadBalancer reachable from any address`, path: ['spec', 'type'] });
  },
});
