import { defineRoleGrantRule } from './define-role-grant-rule.js';

export const POD_ATTACH_GRANT = { apiGroups: [''], resources: ['pods/attach'], verbs: ['create', 'get'] } as const;

export const podAttachRole = defineRoleGrantRule({
  id: 'BW-K8S-154',
  title: 'Role grants pods/attach',
  severity: 'high',
  category: 'access_control',
  aliases: ['union:R05', 'trivy:KSV-0054', 'kics:rbac_roles_with_attach_permission'],
  description:
    'pods/attach connects to the main process of a running container; for shells and interactive processes that ' +
    'is command execution inside the container.',
  remediation: 'Remove pods/attach from the role unless it is an audited debugging role.',
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources'],
  grants: [POD_ATTACH_GRANT],
  grantPhrase: 'grants pods/attach',
});
