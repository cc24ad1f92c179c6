import { WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { hostPathVolumesOf, isSensitiveHostPath } from './host-path-volumes.js';

export const sensitiveHostPath = defineKubeRule({
  id: 'BW-K8S-028',
  title: 'hostPath volume exposes a sensitive host directory',
  severity: 'high',
  category: 'node_escape',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K28', 'trivy:KSV-0121', 'kics:workload_mounting_with_sensitive_os_directory', 'kube-linter:sensitive-host-mounts',
    'kubesec:ProcMount', 'kubescape:C-0045',
  ],
  description:
    'Mounting the host root, /etc, /proc, /sys, /dev, /boot, the runtime or kubelet state directories hands the ' +
    'container host credentials, kernel interfaces or other pods\' data.',
  remediation: 'Remove the hostPath volume, or narrow it to a dedicated directory mounted read-only.',
  references: ['https://kubernetes.io/docs/concepts/storage/volumes/#hostpath'],
  check(obj, _ctx, report) {
    for (const v of hostPathVolumesOf(obj)) {
      if (isSensitiveHostPath(v.hostPath)) {
        report({ message: `${obj.kind} "${obj.name}" mounts sensitive host path ${v.hostPath} (volume "${v.name}")`, path: [...v.path, 'path'] });
      }
    }
  },
});
