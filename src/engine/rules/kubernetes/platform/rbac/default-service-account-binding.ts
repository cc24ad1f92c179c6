import { defineKubeRule } from '../../../define-rule.js';
import { subjectsOf } from './binding-subjects.js';
import { isBootstrapRole } from './policy-rules.js';

export const defaultServiceAccountBinding = defineKubeRule({
  id: 'BW-K8S-179',
  title: 'Binding grants permissions to a default ServiceAccount',
  severity: 'medium',
  category: 'access_control',
  aliases: ['union:R21', 'checkov:CKV_K8S_42', 'kics:role_binding_to_default_service_account', 'kubescape:C-0189'],
  description:
    'Every pod that names no service account runs as its namespace\'s `default` account; rights granted to it are ' +
    'silently given to all of those pods.',
  remediation: 'Create a dedicated ServiceAccount for the workload that needs the permissions and bind that one.',
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/'],
  kinds: ['RoleBinding', 'ClusterRoleBinding'],
  check(obj, _ctx, report) {
    if (isBootstrapRole(obj)) return;
    for (const s of subjectsOf(obj)) {
      if (s.kind === 'ServiceAccount' && s.name === 'default') {
        report({ message: `${obj.kind} "${obj.name}" grants its role to ServiceAccount "default"`, path: s.path });
      }
    }
  },
});
