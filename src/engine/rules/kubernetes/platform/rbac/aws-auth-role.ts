import { namespaceOf } from '../shared/namespace-of.js';
import { defineRoleGrantRule } from './define-role-grant-rule.js';

export const awsAuthRole = defineRoleGrantRule({
  id: 'BW-K8S-164',
  title: 'Role can modify the EKS aws-auth ConfigMap',
  severity: 'critical',
  category: 'access_control',
  aliases: ['union:R15', 'trivy:KSV-0115'],
  description:
    'On EKS the kube-system/aws-auth ConfigMap maps IAM identities to Kubernetes users and groups; editing it can ' +
    'map any IAM role to system:masters.',
  remediation: 'Leave aws-auth to cluster administrators (or move to EKS access entries).',
  references: ['https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html'],
  grants: [{ apiGroups: [''], resources: ['configmaps'], verbs: ['create', 'update', 'patch', 'delete'] }],
  grantPhrase: 'grants modifying the aws-auth configmap',
  // Only entries naming aws-auth: broad configmap writes are already reported by BW-K8S-162.
  when: (rule, role) => rule.resourceNames.includes('aws-auth') && (role.kind === 'ClusterRole' || namespaceOf(role) === 'kube-system'),
});
