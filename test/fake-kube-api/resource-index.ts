import type { ClusterSnapshot } from '../../src/engine/inputs/cluster-snapshot.js';
import type { JsonObject } from '../../src/engine/inputs/kube-object.js';

/** Where each kind lives in the API: group, version, plural, namespaced. */
export const KIND_PATHS: Readonly<Record<string, { group: string; version: string; plural: string; namespaced: boolean }>> = {
  Node: { group: '', version: 'v1', plural: 'nodes', namespaced: false },
  Namespace: { group: '', version: 'v1', plural: 'namespaces', namespaced: false },
  Pod: { group: '', version: 'v1', plural: 'pods', namespaced: true },
  Service: { group: '', version: 'v1', plural: 'services', namespaced: true },
  ServiceAccount: { group: '', version: 'v1', plural: 'serviceaccounts', namespaced: true },
  ConfigMap: { group: '', version: 'v1', plural: 'configmaps', namespaced: true },
  ReplicationController: { group: '', version: 'v1', plural: 'replicationcontrollers', namespaced: true },
  Deployment: { group: 'apps', version: 'v1', plural: 'deployments', namespaced: true },
  DaemonSet: { group: 'apps', version: 'v1', plural: 'daemonsets', namespaced: true },
  StatefulSet: { group: 'apps', version: 'v1', plural: 'statefulsets', namespaced: true },
  ReplicaSet: { group: 'apps', version: 'v1', plural: 'replicasets', namespaced: true },
  Job: { group: 'batch', version: 'v1', plural: 'jobs', namespaced: true },
  CronJob: { group: 'batch', version: 'v1', plural: 'cronjobs', namespaced: true },
  Ingress: { group: 'networking.k8s.io', version: 'v1', plural: 'ingresses', namespaced: true },
  NetworkPolicy: { group: 'networking.k8s.io', version: 'v1', plural: 'networkpolicies', namespaced: true },
  Role: { group: 'rbac.authorization.k8s.io', version: 'v1', plural: 'roles', namespaced: true },
  RoleBinding: { group: 'rbac.authorization.k8s.io', version: 'v1', plural: 'rolebindings', namespaced: true },
  ClusterRole: { group: 'rbac.authorization.k8s.io', version: 'v1', plural: 'clusterroles', namespaced: false },
  ClusterRoleBinding: { group: 'rbac.authorization.k8s.io', version: 'v1', plural: 'clusterrolebindings', namespaced: false },
  ValidatingWebhookConfiguration: { group: 'admissionregistration.k8s.io', version: 'v1', plural: 'validatingwebhookconfigurations', namespaced: false },
  MutatingWebhookConfiguration: { group: 'admissionregistration.k8s.io', version: 'v1', plural: 'mutatingwebhookconfigurations', namespaced: false },
};

export interface ServedResource {
  readonly group: string;
  readonly version: string;
  readonly plural: string;
  readonly kind: string;
  readonly namespaced: boolean;
  /** Items as the API lists them: without apiVersion/kind, which only the List carries. */
  readonly items: JsonObject[];
  /** Each item serialised once, so serving a page costs the fake server almost nothing. */
  readonly json: string[];
}

/**
 * Groups a snapshot's objects by resource. ConfigMaps saved key-only get placeholder
 * values back, so the fake serves what a real server would and the collector's
 * stripping is exercised.
 */
export function indexSnapshot(snapshot: ClusterSnapshot, kubeProxyConf?: string): Map<string, ServedResource> {
  const index = new Map<string, ServedResource>();
  for (const [kind, p] of Object.entries(KIND_PATHS)) {
    index.set(`${p.group}/${p.version}/${p.plural}`, { ...p, kind, items: [], json: [] });
  }
  for (const obj of snapshot.objects) {
    const p = KIND_PATHS[String(obj.kind)];
    if (!p) continue;
    const item: JsonObject = { ...obj };
    delete item.apiVersion;
    delete item.kind;
    if (obj.kind === 'ConfigMap' && Array.isArray(obj.dataKeys)) {
      const name = String((obj.metadata as JsonObject).name);
      item.data = Object.fromEntries(obj.dataKeys.map((k) => [String(k), name === 'kube-proxy' && k === 'config.conf' && kubeProxyConf ? kubeProxyConf : `secret-looking value of ${String(k)}`]));
      delete item.dataKeys;
      delete item.binaryDataKeys;
    }
    const served = index.get(`${p.group}/${p.version}/${p.plural}`);
    served?.items.push(item);
    served?.json.push(JSON.stringify(item));
  }
  return index;
}
