import { defineKubeRule } from '../../define-rule.js';

// Only kinds known to be namespaced are judged: a custom resource without a namespace may
// well be cluster-scoped, and guessing would be noise.
const NAMESPACED_KINDS = [
  'Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'PodTemplate',
  'DeploymentConfig', 'Service', 'ConfigMap', 'Secret', 'ServiceAccount', 'Role', 'RoleBinding', 'Ingress', 'NetworkPolicy',
  'PodDisruptionBudget', 'HorizontalPodAutoscaler', 'PersistentVolumeClaim', 'LimitRange', 'ResourceQuota', 'Endpoints',
  'EndpointSlice', 'Lease',
];

export const defaultNamespace = defineKubeRule({
  id: 'BW-K8S-054',
  title: 'Object placed in the default namespace',
  severity: 'low',
  category: 'workload',
  kinds: NAMESPACED_KINDS,
  aliases: ['union:K54', 'trivy:KSV-0110', 'checkov:CKV_K8S_21', 'kics:using_unrecommended_namespace', 'kube-linter:use-namespace', 'kubescape:C-0212'],
  description:
    'The default namespace is where everything without a home ends up: RBAC, quotas, NetworkPolicies and Pod ' +
    'Security levels cannot be tailored to one application there, and names collide.',
  remediation: 'Create a namespace per application or team and set `metadata.namespace` (or deploy with an explicit namespace).',
  references: ['https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/'],
  check(obj, _ctx, report) {
    if (obj.namespace === undefined || obj.namespace === '') {
      report({ message: `${obj.kind} "${obj.name}" sets no namespace and lands in "default"`, path: ['metadata', 'namespace'] });
    } else if (obj.namespace === 'default') {
      report({ message: `${obj.kind} "${obj.name}" is placed in the default namespace`, path: ['metadata', 'namespace'] });
    }
  },
});
