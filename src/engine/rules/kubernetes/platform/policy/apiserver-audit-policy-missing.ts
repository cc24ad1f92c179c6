import { containersOf } from '../../../../inputs/pod-spec.js';
import { defineKubeRule } from '../../../define-rule.js';
import { commandLineOf, flagValue, isApiServer } from './apiserver-flags.js';

export const apiserverAuditPolicyMissing = defineKubeRule({
  id: 'BW-K8S-212',
  title: 'kube-apiserver runs without an audit policy',
  severity: 'medium',
  category: 'control_plane',
  aliases: ['union:X06', 'kics:audit_policy_file_not_defined', 'kubescape:C-0067'],
  description:
    'Without --audit-policy-file the API server writes no audit log, so access to secrets, exec into pods and RBAC ' +
    'changes leave no trace for incident response.',
  remediation: 'Start kube-apiserver with --audit-policy-file and --audit-log-path (or a webhook backend).',
  references: ['https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/'],
  kinds: ['Pod'],
  check(obj, _ctx, report) {
    for (const c of containersOf(obj)) {
      if (!isApiServer(c)) continue;
      const value = flagValue(commandLineOf(c), '--audit-policy-file');
      if (value === undefined || value.trim() === '') {
        report({ message: `${c.type} "${c.name}" runs kube-apiserver without --audit-policy-file`, path: [...c.path, 'command'] });
      }
    }
  },
});
