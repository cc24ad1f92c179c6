import { asArray, asObject, asString, getPath } from '../../../../inputs/kube-object.js';
import { defineKubeRule } from '../../../define-rule.js';

const OPEN_RANGES = new Set(['0.0.0.0/0', '::/0']);

// Cloud annotations that make the provider allocate a private (VPC-internal) address instead.
const INTERNAL_LB: ReadonlyArray<readonly [string, RegExp]> = [
  ['service.beta.kubernetes.io/aws-load-balancer-internal', /^(true|0\.0\.0\.0\/0)$/i],
  ['service.beta.kubernetes.io/aws-load-balancer-scheme', /^internal$/i],
  ['networking.gke.io/load-balancer-type', /^internal$/i],
  ['cloud.google.com/load-balancer-type', /^internal$/i],
  ['service.beta.kubernetes.io/azure-load-balancer-internal', /^true$/i],
  ['service.beta.kubernetes.io/openstack-internal-load-balancer', /^true$/i],
  ['service.kubernetes.io/qcloud-loadbalancer-internal-subnetid', /./],
];

export const loadBalancerService = defineKubeRule({
  id: 'BW-K8S-131',
  title: 'Service of type LoadBalancer open to any source',
  severity: 'medium',
  category: 'network',
  aliases: ['union:N02', 'kics:service_with_external_load_balancer', 'kubescape:C-0256'],
  description:
    'A LoadBalancer Service usually gets a public address from the cloud provider. Without ' +
    'loadBalancerSourceRanges anyone on the internet can reach its ports.',
  remediation: 'Restrict spec.loadBalancerSourceRanges, request an internal load balancer, or front the workload with an Ingress.',
  references: ['https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer'],
  kinds: ['Service'],
  check(obj, _ctx, report) {
    if (asString(getPath(obj.body, ['spec', 'type'])) !== 'LoadBalancer') return;
    const annotations = asObject(getPath(obj.body, ['metadata', 'annotations']));
    if (INTERNAL_LB.some(([key, value]) => value.test(asString(annotations?.[key]) ?? ''))) return;
    const ranges = asArray(getPath(obj.body, ['spec', 'loadBalancerSourceRanges'])).map((r) => String(r).trim());
    // A source-range allow-list that is not itself "everything" is the control this rule asks for.
    if (ranges.length > 0 && !ranges.some((r) => OPEN_RANGES.has(r))) return;
    report({ message: `Service "${obj.name}" is a LoadBalancer reachable from any address`, path: ['spec', 'type'] });
  },
});
