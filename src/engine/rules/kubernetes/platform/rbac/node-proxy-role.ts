import { defineRoleGrantRule } from './define-role-grant-rule.js';

export const nodeProxyRole = defineRoleGrantRule({
  id: 'BW-K8S-158',
  title: 'Role grants nodes/proxy',
  severity: 'high',
  category: 'access_control',
  aliases: ['union:R09', 'trivy:KSV-0047', 'checkov:CKV2_K8S_2', 'kubescape:C-0279', 'cis:5.1.10'],
  description:
    'nodes/proxy reaches the kubelet API of every node, which can run commands in any pod on it; kubelet calls ' +
    'made this way bypass audit logging and admission control.',
  remediation: 'Remove nodes/proxy; monitoring agents should read metrics through nodes/metrics or nodes/stats.',
  references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#nodes-proxy'],
  grants: [{ apiGroups: [''], resources: ['nodes/proxy'], verbs: ['get', 'create', 'update', 'patch', 'delete'] }],
  grantPhrase: 'grants nodes/proxy',
});
