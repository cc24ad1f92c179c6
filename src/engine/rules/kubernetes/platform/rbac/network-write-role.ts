import { WRITE_VERBS } from './policy-rules.js';
import { defineRoleGrantRule } from './define-role-grant-rule.js';

export const networkWriteRole = defineRoleGrantRule({
  id: 'BW-K8S-163',
  title: 'Role can modify networking objects',
  severity: 'high',
  category: 'access_control',
  aliases: ['union:R14', 'trivy:KSV-0056'],
  description:
    'Writing Services, Endpoints, EndpointSlices, Ingresses or NetworkPolicies lets a subject redirect traffic ' +
    'meant for other workloads or remove the policies that isolate them.',
  remediation: 'Restrict networking writes to the deployment pipeline and platform administrators.',
  references: ['https://kubernetes.io/docs/concepts/services-networking/'],
  grants: [{
    apiGroups: ['', 'networking.k8s.io', 'extensions', 'discovery.k8s.io'],
    resources: ['services', 'endpoints', 'endpointslices', 'ingresses', 'networkpolicies'],
    verbs: WRITE_VERBS,
  }],
  grantPhrase: 'grants modifying networking objects',
});
