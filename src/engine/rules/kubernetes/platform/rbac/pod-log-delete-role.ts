import { defineRoleGrantRule } from './define-role-grant-rule.js';

export const podLogDeleteRole = defineRoleGrantRule({
  id: 'BW-K8S-161',
  title: 'Role can delete pod logs',
  severity: 'medium',
  category: 'access_control',
  aliases: ['union:R12', 'trivy:KSV-0042', 'kubescape:C-0031'],
  description: 'Deleting pods/log lets an intruder erase the evidence of what ran in a container.',
  remediation: 'Remove delete verbs on pods/log.',
  references: ['https://kubernetes.io/docs/concepts/cluster-administration/logging/'],
  grants: [{ apiGroups: [''], resources: ['pods/log'], verbs: ['delete', 'deletecollection'] }],
  grantPhrase: 'grants deleting pod logs',
});
