import { defineRoleGrantRule } from './define-role-grant-rule.js';

// The exec stream starts as a GET (websocket upgrade) or a POST (create), so both verbs open a shell.
export const POD_EXEC_GRANT = { apiGroups: [''], resources: ['pods/exec'], verbs: ['create', 'get'] } as const;

export const podExecRole = defineRoleGrantRule({
  id: 'BW-K8S-153',
  title: 'Role grants pods/exec',
  severity: 'high',
  category: 'access_control',
  aliases: [
    'union:R04', 'trivy:KSV-0053', 'kics:rbac_roles_with_exec_permission', 'polaris:clusterrolePodExecAttach', 'polaris:rolePodExecAttach',
    'kubescape:C-0002',
  ],
  description:
    'pods/exec runs arbitrary commands inside running containers, with their service-account token, mounted secrets ' +
    'and network position; it bypasses whatever the image was meant to do.',
  remediation: 'Remove pods/exec from the role; use an audited break-glass role for debugging.',
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources'],
  grants: [POD_EXEC_GRANT],
  grantPhrase: 'grants pods/exec',
});
