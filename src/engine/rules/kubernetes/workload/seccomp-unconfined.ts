import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';
import { seccompProfileOf } from './seccomp-profile-of.js';

export const seccompUnconfined = defineKubeRule({
  id: 'BW-K8S-021',
  title: 'Container seccomp profile is explicitly Unconfined',
  severity: 'high',
  category: 'workload',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K21', 'trivy:KSV-0104', 'kubesec:SeccompUnconfined', 'kubescape:C-0055', 'kubescape:C-0210'],
  description:
    'Unconfined switches system-call filtering off on purpose, even on clusters whose kubelet applies RuntimeDefault ' +
    'to every pod, and exposes the full kernel interface to the container.',
  remediation: 'Replace `Unconfined` with `RuntimeDefault`, or a `Localhost` profile that allows the extra calls the program needs.',
  references: ['https://kubernetes.io/docs/tutorials/security/seccomp/'],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj)) {
      const setting = seccompProfileOf(c);
      if (setting.state === 'unconfined') report({ message: `${c.type} "${c.name}" runs with seccomp Unconfined`, path: setting.path });
    }
  },
});
