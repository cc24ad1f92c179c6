import { WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { hostPathVolumesOf } from './host-path-volumes.js';

export const hostPathVolume = defineKubeRule({
  id: 'BW-K8S-027',
  title: 'Pod mounts a hostPath volume',
  severity: 'medium',
  category: 'node_escape',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K27', 'trivy:KSV-0023', 'kics:non_kube_system_pod_with_host_mount', 'polaris:hostPathSet', 'kubescape:C-0048'],
  description:
    'A hostPath volume ties the pod to one node and exposes part of the node\'s filesystem to the container; ' +
    'symlink and subPath tricks have repeatedly turned such mounts into full host access.',
  remediation: 'Replace hostPath with emptyDir, a PersistentVolumeClaim, a ConfigMap/Secret or a CSI volume.',
  references: ['https://kubernetes.io/docs/concepts/storage/volumes/#hostpath'],
  check(obj, _ctx, report) {
    for (const v of hostPathVolumesOf(obj)) {
      report({ message: `${obj.kind} "${obj.name}" mounts host path ${v.hostPath} (volume "${v.name}")`, path: v.path });
    }
  },
});
