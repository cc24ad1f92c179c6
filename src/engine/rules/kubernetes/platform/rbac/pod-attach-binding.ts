import { defineBindingGrantRule } from './define-binding-grant-rule.js';
import { POD_ATTACH_GRANT } from './pod-attach-role.js';

export const podAttachBinding = defineBindingGrantRule({
  id: 'BW-K8S-172',
  title: 'Binding gives subjects pods/attach',
  severity: 'high',
  category: 'access_control',
  aliases: ['union:R05'],
  description: 'This binding lets its subjects attach to the main process of running containers in the bound scope.',
  remediation: 'Bind a role without pods/attach.',
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#rolebinding-and-clusterrolebinding'],
  grants: [POD_ATTACH_GRANT],
  grantPhrase: 'pods/attach',
});
