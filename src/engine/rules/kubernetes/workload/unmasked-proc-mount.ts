import { containersOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../define-rule.js';

export const unmaskedProcMount = defineKubeRule({
  id: 'BW-K8S-024',
  title: 'Container /proc is not masked',
  severity: 'high',
  category: 'node_escape',
  kinds: WORKLOAD_KINDS,
  aliases: ['union:K24', 'trivy:KSV-0027', 'kics:container_runs_unmasked', 'kube-linter:unsafe-proc-mount', 'polaris:procMount', 'kubescape:C-0055'],
  description:
    'The default proc mount hides and makes read-only the parts of /proc that expose the host kernel. Unmasked ' +
    '(or any value other than Default) removes that protection.',
  remediation: 'Remove `securityContext.procMount` or set it to `Default`.',
  references: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj)) {
      const value = c.securityContext.get('procMount');
      if (value !== undefined && value !== 'Default') {
        report({ message: `${c.type} "${c.name}" sets procMount ${JSON.stringify(value)}`, path: c.securityContext.pathOf('procMount') });
      }
    }
  },
});
