import { WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { resourceContainersOf, resourcePath, resourceValue } from './container-resources.js';
import { parseQuantity } from './parse-quantity.js';

export const requestsDifferFromLimits = defineKubeRule({
  id: 'BW-K8S-036',
  title: 'CPU or memory request differs from its limit',
  severity: 'info',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K36', 'kube-score:container-resource-requests-equal-limits', 'kube-score:container-cpu-requests-equal-limits',
    'kube-score:container-memory-requests-equal-limits',
  ],
  description:
    'Only pods whose requests equal their limits get the Guaranteed QoS class; others may burst above what the ' +
    'scheduler reserved and are evicted first when the node runs short.',
  remediation: 'Set `resources.requests` equal to `resources.limits` for cpu and memory where predictable capacity matters.',
  references: ['https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/'],
  check(obj, _ctx, report) {
    for (const c of resourceContainersOf(obj)) {
      for (const resource of ['cpu', 'memory'] as const) {
        const limitRaw = resourceValue(c, 'limits', resource);
        const requestRaw = resourceValue(c, 'requests', resource);
        // An unset request defaults to the limit, which is equal; nothing set at all is the missing-resource rules' concern.
        if (limitRaw === undefined) {
          if (requestRaw !== undefined) report({ message: `${c.type} "${c.name}" requests ${resource} but sets no ${resource} limit`, path: resourcePath(c, 'limits', resource) });
          continue;
        }
        if (requestRaw === undefined) continue;
        const limit = parseQuantity(limitRaw);
        const request = parseQuantity(requestRaw);
        if (limit !== undefined && request !== undefined && limit !== request) {
          report({ message: `${c.type} "${c.name}" ${resource} request ${String(requestRaw)} differs from limit ${String(limitRaw)}`, path: resourcePath(c, 'requests', resource) });
        }
      }
    }
  },
});
