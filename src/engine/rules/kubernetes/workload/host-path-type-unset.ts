import { WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { hostPathVolumesOf, isSensitiveHostPath } from './host-path-volumes.js';

export const hostPathTypeUnset = defineKubeRule({
  id: 'BW-K8S-069',
  title: 'hostPath to a sensitive directory has no type check',
  severity: 'low',
  category: 'node_escape',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K28', 'kubescape:C-0045'],
  description:
    'Without hostPath.type the kubelet mounts whatever is at the path, so a file, socket or symlink planted there ' +
    'is mounted as if it were the expected directory; a type makes the mount fail instead.',
  remediation: 'Set `hostPath.type` (for example `Directory`, `File` or `Socket`) to the kind of object expected at the path.',
  references: ['https://kubernetes.io/docs/concepts/storage/volumes/#hostpath-volume-types'],
  check(obj, _ctx, report) {
    for (const v of hostPathVolumesOf(obj)) {
      if ((v.type === undefined || v.type === '') && isSensitiveHostPath(v.hostPath)) {
        report({ message: `${obj.kind} "${obj.name}" mounts ${v.hostPath} without hostPath.type`, path: [...v.path, 'type'] });
      }
    }
  },
});
