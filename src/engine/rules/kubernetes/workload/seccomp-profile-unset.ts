import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { seccompProfileOf } from './seccomp-profile-of.js';
import { isLinuxContainer } from './linux-only.js';

export const seccompProfileUnset = defineKubeRule({
  id: 'BW-K8S-020',
  title: 'Container seccomp profile is not RuntimeDefault or Localhost',
  severity: 'medium',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: [
    'union:K20', 'trivy:KSV-0030', 'checkov:CKV_K8S_31', 'kics:seccomp_profile_is_not_configured', 'kubesec:SeccompAny',
    'polaris:linuxHardening', 'kube-score:container-seccomp-profile', 'kubescape:C-0055', 'kubescape:C-0210',
  ],
  description:
    'Unless the kubelet defaults to it, a container without a seccomp profile (or with Unconfined) may call every ' +
    'system call, including the rarely used ones behind many kernel privilege-escalation bugs.',
  remediation: 'Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod (or `Localhost` with a reviewed profile).',
  references: ['https://kubernetes.io/docs/tutorials/security/seccomp/'],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj).filter(isLinuxContainer)) {
      const setting = seccompProfileOf(c);
      if (setting.state === 'confined') continue;
      const detail = setting.state === 'unconfined' ? 'runs without seccomp filtering (Unconfined)'
        : setting.value === undefined ? 'sets no seccomp profile' : `sets an unknown seccomp profile "${setting.value}"`;
      report({ message: `${c.type} "${c.name}" ${detail}`, path: setting.path });
    }
  },
});
