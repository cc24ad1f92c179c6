import { defineBindingGrantRule } from './define-binding-grant-rule.js';
import { SERVICE_STATUS_GRANT } from './service-status-role.js';

export const serviceStatusBinding = defineBindingGrantRule({
  id: 'BW-K8S-174',
  title: 'Binding gives subjects services/status write access',
  severity: 'high',
  category: 'access_control',
  aliases: ['union:R16', 'checkov:CKV2_K8S_4'],
  description: 'This binding lets its subjects set LoadBalancer IPs on Services and intercept that traffic (CVE-2020-8554).',
  remediation: 'Bind services/status only to the cloud controller manager.',
  references: ['https://github.com/kubernetes/kubernetes/issues/97076'],
  grants: [SERVICE_STATUS_GRANT],
  grantPhrase: 'services/status write access',
});
