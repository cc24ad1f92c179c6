import type { ClusterSnapshot } from '../../src/engine/inputs/cluster-snapshot.js';
import type { JsonObject } from '../../src/engine/inputs/kube-object.js';
import { largeCluster } from '../../test/fixtures/clusters/large-cluster.js';
import { kubeletConfigz, meta, namespace } from '../../test/fixtures/clusters/object-builders.js';

const PER_APP = 20;

/**
 * A cluster of `pods` pods shaped like a real one: the kubeadm control plane, 20-replica
 * Deployments with their ReplicaSets and pods (managedFields and status included), and for
 * every app a ServiceAccount, a Service (every tenth a LoadBalancer), a Role and its
 * RoleBinding; NetworkPolicies in two namespaces of three; a few ClusterRoleBindings,
 * one of them giving an exposed app's service account cluster-admin.
 */
export function generateCluster(pods: number): ClusterSnapshot {
  const base = largeCluster(pods);
  const objects: JsonObject[] = [...base.objects];
  const apps = Math.ceil(pods / PER_APP);
  for (let ns = 0; ns < Math.min(25, apps); ns++) {
    const name = `team-${ns}`;
    objects.push(namespace(name, ns % 2 === 0 ? { 'pod-security.kubernetes.io/enforce': 'baseline' } : {}));
    if (ns % 3 !== 2) {
      objects.push({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: meta('NetworkPolicy', 'default-deny', name), spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] } });
    }
  }
  for (let a = 0; a < apps; a++) {
    const app = `svc-${a}`;
    const ns = `team-${a % 25}`;
    objects.push({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta('ServiceAccount', app, ns) });
    objects.push({
      apiVersion: 'v1', kind: 'Service', metadata: meta('Service', app, ns),
      spec: { type: a % 10 === 0 ? 'LoadBalancer' : 'ClusterIP', selector: { app }, ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }], clusterIP: `10.96.${Math.floor(a / 250) % 256}.${a % 250}` },
    });
    objects.push({
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: meta('Role', `${app}-reader`, ns),
      rules: [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'list', 'watch'] }, { apiGroups: [''], resources: ['secrets'], resourceNames: [`${app}-db`], verbs: ['get'] }],
    });
    objects.push({
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: meta('RoleBinding', `${app}-reader`, ns),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: `${app}-reader` }, subjects: [{ kind: 'ServiceAccount', name: app, namespace: ns }],
    });
  }
  objects.push({
    apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', metadata: meta('ClusterRoleBinding', 'svc-0-admin'),
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' }, subjects: [{ kind: 'ServiceAccount', name: 'svc-0', namespace: 'team-0' }],
  });
  const kubeletConfigs: Record<string, JsonObject> = {};
  for (const o of objects) if (o.kind === 'Node') kubeletConfigs[String((o.metadata as JsonObject).name)] = kubeletConfigz(0);
  return { ...base, objects, kubeletConfigs };
}
