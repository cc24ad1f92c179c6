import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';

export const writableRootFilesystem = defineKubeRule({
  id: 'BW-K8S-012',
  title: 'Container root filesystem is writable',
  severity: 'medium',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K12', 'trivy:KSV-0014', 'checkov:CKV_K8S_22', 'kics:root_container_not_mounted_as_read_only', 'kube-linter:no-read-only-root-fs',
    'kubesec:ReadOnlyRootFilesystem', 'polaris:notReadOnlyRootFilesystem', 'kube-score:container-security-context-readonlyrootfilesystem',
    'kubescape:C-0017',
  ],
  description:
    'A writable image filesystem lets an intruder drop tools, replace binaries or persist changes for the life of ' +
    'the container; a read-only root forces writes into explicitly mounted volumes.',
  remediation: 'Set `securityContext.readOnlyRootFilesystem: true` and mount an emptyDir where the program needs scratch space.',
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/security-context/'],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj)) {
      if (c.securityContext.get('readOnlyRootFilesystem') !== true) {
        report({ message: `${c.type} "${c.name}" has a writable root filesystem`, path: c.securityContext.pathOf('readOnlyRootFilesystem') });
      }
    }
  },
});
