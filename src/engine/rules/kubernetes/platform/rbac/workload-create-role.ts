import { defineRoleGrantRule } from './define-role-grant-rule.js';

const WORKLOAD_RESOURCES = ['pods', 'deployments', 'replicasets', 'statefulsets', 'daemonsets', 'jobs', 'cronjobs', 'replicationcontrollers'];

export const workloadCreateRole = defineRoleGrantRule({
  id: 'BW-K8S-152',
  title: 'Role can create or modify pods or pod controllers',
  severity: 'medium',
  category: 'access_control',
  aliases: ['union:R03', 'trivy:KSV-0048', 'kics:permissive_access_to_create_pods', 'kube-linter:access-to-create-pods', 'kubescape:C-0188', 'cis:5.1.4'],
  description:
    'Whoever can create a pod (directly or through a controller template) can run it with any service account, ' +
    'secret and volume of the namespace, so this permission implicitly grants all of them.',
  remediation: 'Reserve workload creation to deployment pipelines; give humans and controllers read-only access.',
  references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation'],
  grants: [{ apiGroups: ['', 'apps', 'batch', 'extensions'], resources: WORKLOAD_RESOURCES, verbs: ['create', 'update', 'patch'] }],
  grantPhrase: 'grants creating or modifying workloads',
});
