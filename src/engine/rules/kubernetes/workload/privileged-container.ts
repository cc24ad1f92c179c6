import { containersOf } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';

export const privilegedContainer = defineKubeRule({
  id: 'BW-K8S-001',
  title: 'Container runs privileged',
  severity: 'critical',
  category: 'node_escape',
  aliases: [
    'union:K01', 'trivy:KSV-0017', 'checkov:CKV_K8S_16', 'kics:container_is_privileged', 'kube-linter:privileged-container',
    'kubesec:Privileged', 'polaris:runAsPrivileged', 'kube-score:container-security-context-privileged', 'kubescape:C-0057',
  ],
  description:
    'A privileged container gets every Linux capability and the host devices, with no seccomp or AppArmor confinement. ' +
    'A compromise of the process is a compromise of the node.',
  remediation: 'Remove `securityContext.privileged: true`; grant only the specific capabilities the workload needs.',
  references: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj)) {
      if (c.securityContext.get('privileged') === true) {
        report({ message: `${c.type} "${c.name}" runs privileged`, path: c.securityContext.pathOf('privileged') });
      }
    }
  },
});
