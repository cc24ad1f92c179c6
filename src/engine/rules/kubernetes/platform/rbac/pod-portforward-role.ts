import { defineRoleGrantRule } from './define-role-grant-rule.js';

export const podPortforwardRole = defineRoleGrantRule({
  id: 'BW-K8S-155',
  title: 'Role grants pods/portforward',
  severity: 'medium',
  category: 'access_control',
  aliases: ['union:R06', 'kics:rbac_roles_with_portforwarding_permissions', 'kubescape:C-0063'],
  description:
    'Port forwarding tunnels to any port of any pod in scope, bypassing Services, Ingress and NetworkPolicies ' +
    'that would otherwise keep internal endpoints private.',
  remediation: 'Remove pods/portforward from the role, or bind it only to an audited debugging group.',
  references: ['https://kubernetes.io/docs/tasks/access-application-cluster/port-forward-access-application-cluster/'],
  grants: [{ apiGroups: [''], resources: ['pods/portforward'], verbs: ['create', 'get'] }],
  grantPhrase: 'grants pods/portforward',
});
