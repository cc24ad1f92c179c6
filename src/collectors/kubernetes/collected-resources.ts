/** One listable resource type the collector reads. */
export interface CollectedResource {
  /** `pods`, `deployments.apps`: the name used in `unreadable` entries and RBAC docs. */
  readonly name: string;
  readonly group: string;
  readonly version: string;
  readonly plural: string;
  readonly kind: string;
}

const core = (plural: string, kind: string): CollectedResource => ({ name: plural, group: '', version: 'v1', plural, kind });
const grouped = (group: string, version: string, plural: string, kind: string): CollectedResource =>
  ({ name: `${plural}.${group}`, group, version, plural, kind });

/**
 * Everything the cluster checks read, listed cluster-wide. Secrets are deliberately
 * absent: no check needs their values and a scanner should not hold them.
 */
export const COLLECTED_RESOURCES: readonly CollectedResource[] = [
  core('nodes', 'Node'),
  core('namespaces', 'Namespace'),
  core('pods', 'Pod'),
  core('services', 'Service'),
  core('serviceaccounts', 'ServiceAccount'),
  core('configmaps', 'ConfigMap'),
  core('replicationcontrollers', 'ReplicationController'),
  grouped('apps', 'v1', 'deployments', 'Deployment'),
  grouped('apps', 'v1', 'daemonsets', 'DaemonSet'),
  grouped('apps', 'v1', 'statefulsets', 'StatefulSet'),
  grouped('apps', 'v1', 'replicasets', 'ReplicaSet'),
  grouped('batch', 'v1', 'jobs', 'Job'),
  grouped('batch', 'v1', 'cronjobs', 'CronJob'),
  grouped('networking.k8s.io', 'v1', 'ingresses', 'Ingress'),
  grouped('networking.k8s.io', 'v1', 'networkpolicies', 'NetworkPolicy'),
  grouped('rbac.authorization.k8s.io', 'v1', 'roles', 'Role'),
  grouped('rbac.authorization.k8s.io', 'v1', 'rolebindings', 'RoleBinding'),
  grouped('rbac.authorization.k8s.io', 'v1', 'clusterroles', 'ClusterRole'),
  grouped('rbac.authorization.k8s.io', 'v1', 'clusterrolebindings', 'ClusterRoleBinding'),
  grouped('admissionregistration.k8s.io', 'v1', 'validatingwebhookconfigurations', 'ValidatingWebhookConfiguration'),
  grouped('admissionregistration.k8s.io', 'v1', 'mutatingwebhookconfigurations', 'MutatingWebhookConfiguration'),
];

export function apiVersionOf(r: CollectedResource): string {
  return r.group === '' ? r.version : `${r.group}/${r.version}`;
}

export function listPathOf(r: CollectedResource): string {
  return r.group === '' ? `/api/${r.version}/${r.plural}` : `/apis/${r.group}/${r.version}/${r.plural}`;
}
