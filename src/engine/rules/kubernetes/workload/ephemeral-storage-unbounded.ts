import { WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { resourceContainersOf, resourcePath, resourceValue } from './container-resources.js';

const RESOURCE = 'ephemeral-storage';

export const ephemeralStorageUnbounded = defineKubeRule({
  id: 'BW-K8S-037',
  title: 'Ephemeral-storage request or limit missing',
  severity: 'info',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K37', 'kube-score:container-ephemeral-storage-request-and-limit', 'kube-score:container-ephemeral-storage-request-equals-limit'],
  description:
    'Logs, emptyDir volumes and the writable layer all consume node disk. Without an ephemeral-storage limit one ' +
    'container can fill the disk and get every pod on the node evicted; without a request the scheduler ignores its disk use.',
  remediation: 'Set `resources.requests.ephemeral-storage` and `resources.limits.ephemeral-storage` (equal values make the reservation exact).',
  references: ['https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#local-ephemeral-storage'],
  check(obj, _ctx, report) {
    for (const c of resourceContainersOf(obj)) {
      const request = resourceValue(c, 'requests', RESOURCE);
      const limit = resourceValue(c, 'limits', RESOURCE);
      if (limit === undefined) report({ message: `${c.type} "${c.name}" has no ephemeral-storage limit`, path: resourcePath(c, 'limits', RESOURCE) });
      if (request === undefined) report({ message: `${c.type} "${c.name}" has no ephemeral-storage request`, path: resourcePath(c, 'requests', RESOURCE) });
    }
  },
});
