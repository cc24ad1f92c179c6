import { WRITE_VERBS } from './policy-rules.js';
import { defineRoleGrantRule } from './define-role-grant-rule.js';

export const configmapWriteRole = defineRoleGrantRule({
  id: 'BW-K8S-162',
  title: 'Role can modify ConfigMaps',
  severity: 'medium',
  category: 'access_control',
  aliases: ['union:R13', 'trivy:KSV-0049'],
  description:
    'ConfigMaps steer workloads and cluster components (CoreDNS, kube-proxy, aws-auth, feature flags); changing ' +
    'them changes behaviour without touching a deployment.',
  remediation: 'Grant ConfigMap writes only where needed, preferably with resourceNames.',
  references: ['https://kubernetes.io/docs/concepts/configuration/configmap/'],
  grants: [{ apiGroups: [''], resources: ['configmaps'], verbs: WRITE_VERBS }],
  grantPhrase: 'grants modifying configmaps',
});
