import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { isLinuxContainer } from './linux-only.js';

export const privilegeEscalationAllowed = defineKubeRule({
  id: 'BW-K8S-002',
  title: 'Container may gain more privileges than its parent process',
  severity: 'high',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K02', 'trivy:KSV-0001', 'checkov:CKV_K8S_20', 'kics:privilege_escalation_allowed', 'kube-linter:privilege-escalation-container',
    'kubesec:AllowPrivilegeEscalation', 'polaris:privilegeEscalationAllowed', 'kubescape:C-0016',
  ],
  description:
    'Unless allowPrivilegeEscalation is false, the no_new_privs flag is not set on the container process, so a setuid ' +
    'binary or file capability inside the image can raise the privileges of whoever runs it.',
  remediation: 'Set `securityContext.allowPrivilegeEscalation: false` on every container.',
  references: [
    'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted',
    'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
  ],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj).filter(isLinuxContainer)) {
      const value = c.securityContext.get('allowPrivilegeEscalation');
      if (value === false) continue;
      const how = value === true ? 'sets allowPrivilegeEscalation: true' : 'does not set allowPrivilegeEscalation: false';
      report({ message: `${c.type} "${c.name}" ${how}`, path: c.securityContext.pathOf('allowPrivilegeEscalation') });
    }
  },
});
