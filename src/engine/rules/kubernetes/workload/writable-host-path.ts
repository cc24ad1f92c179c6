import { WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { hostPathVolumesOf } from './host-path-volumes.js';

export const writableHostPath = defineKubeRule({
  id: 'BW-K8S-030',
  title: 'hostPath volume mounted writable',
  severity: 'high',
  category: 'node_escape',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K30', 'kics:volume_mount_with_os_directory_write_permissions', 'kube-linter:writable-host-mount', 'kubescape:C-0045'],
  description:
    'A writable host mount lets the container plant files on the node (cron jobs, binaries, kubelet configuration) ' +
    'that run outside the container later.',
  remediation: 'Set `readOnly: true` on the volumeMount (and `readOnly` on the volume where supported), or drop the hostPath volume.',
  references: ['https://kubernetes.io/docs/concepts/storage/volumes/#hostpath'],
  check(obj, _ctx, report) {
    for (const v of hostPathVolumesOf(obj)) {
      for (const m of v.mounts) {
        if (m.mount['readOnly'] !== true) {
          report({ message: `${m.container.type} "${m.container.name}" mounts host path ${v.hostPath} writable`, path: [...m.path, 'readOnly'] });
        }
      }
    }
  },
});
