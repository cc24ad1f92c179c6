import { defineBindingGrantRule } from './define-binding-grant-rule.js';
import { POD_EXEC_GRANT } from './pod-exec-role.js';

export const podExecBinding = defineBindingGrantRule({
  id: 'BW-K8S-171',
  title: 'Binding gives subjects pods/exec',
  severity: 'high',
  category: 'access_control',
  aliases: [
    'union:R04', 'checkov:CKV2_K8S_2', 'polaris:clusterrolebindingPodExecAttach', 'polaris:rolebindingClusterRolePodExecAttach',
    'polaris:rolebindingRolePodExecAttach', 'kubescape:C-0002',
  ],
  description: 'This binding lets its subjects open shells in running containers of the bound scope.',
  remediation: 'Bind a role without pods/exec; keep exec for an audited break-glass group.',
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#rolebinding-and-clusterrolebinding'],
  grants: [POD_EXEC_GRANT],
  grantPhrase: 'pods/exec',
});
