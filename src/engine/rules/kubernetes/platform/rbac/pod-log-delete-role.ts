import { defineRoleGrantRule } from './define-role-grant-rule.js';

export const podLogDeleteRole = defineRoleGrantRule({
  id: 'BW-K8S-161',
  title: 'Role can delete pod logs or events',
  severity: 'medium',
  category: 'access_control',
  aliases: ['union:R12', 'trivy:KSV-0042', 'kubescape:C-0031'],
  description: 'Deleting pod logs or Events lets an intruder erase the evidence of what ran and what happened in the cluster.',
  remediation: 'Remove delete verbs on pods/log and events; let the API server expire events itself.',
  references: ['https://kubernetes.io/docs/concepts/cluster-administration/logging/'],
  grants: [
    { apiGroups: [''], resources: ['pods/log'], verbs: ['delete', 'deletecollection'] },
    { apiGroups: ['', 'events.k8s.io'], resources: ['events'], verbs: ['delete', 'deletecollection'] },
  ],
  grantPhrase: 'grants deleting pod logs or events',
});
