import { defineRoleGrantRule } from './define-role-grant-rule.js';

export const SERVICE_STATUS_GRANT = { apiGroups: [''], resources: ['services/status'], verbs: ['update', 'patch'] } as const;

export const serviceStatusRole = defineRoleGrantRule({
  id: 'BW-K8S-165',
  title: 'Role can modify services/status',
  severity: 'high',
  category: 'access_control',
  aliases: ['union:R16'],
  description:
    'Writing services/status sets a LoadBalancer ingress IP, which kube-proxy then routes inside the cluster: ' +
    'traffic for that IP can be intercepted (CVE-2020-8554).',
  remediation: 'Grant services/status only to the cloud controller manager.',
  references: ['https://github.com/kubernetes/kubernetes/issues/97076'],
  grants: [SERVICE_STATUS_GRANT],
  grantPhrase: 'grants modifying services/status',
});
