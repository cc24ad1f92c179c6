import type { ClusterSnapshot } from '../../inputs/cluster-snapshot.js';
import type { JsonObject } from '../../inputs/kube-object.js';

/** A minimal snapshot around the given objects, for rule tests. */
export function snapshotOf(objects: JsonObject[], extra: Partial<ClusterSnapshot> = {}): ClusterSnapshot {
  return { schemaVersion: 1, collectedAt: 0, version: { gitVersion: 'v1.34.1' }, objects, kubeletConfigs: {}, unreadable: [], ...extra };
}

let counter = 0;
export function obj(apiVersion: string, kind: string, name: string, namespace: string | undefined, rest: JsonObject = {}, metadata: JsonObject = {}): JsonObject {
  counter++;
  return { apiVersion, kind, metadata: { name, ...(namespace !== undefined ? { namespace } : {}), uid: `uid-${kind}-${name}-${counter}`, ...metadata }, ...rest };
}

export function deployment(name: string, namespace: string, spec: JsonObject = {}, labels: Record<string, string> = { app: name }): JsonObject {
  return obj('apps/v1', 'Deployment', name, namespace, {
    spec: { replicas: 2, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'app', image: 'registry.example.com/app:1.0' }], ...spec } } },
  });
}

export function clusterRoleBinding(name: string, role: string, subjects: JsonObject[]): JsonObject {
  return obj('rbac.authorization.k8s.io/v1', 'ClusterRoleBinding', name, undefined, { roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: role }, subjects });
}

export function roleBinding(name: string, namespace: string, roleKind: string, role: string, subjects: JsonObject[]): JsonObject {
  return obj('rbac.authorization.k8s.io/v1', 'RoleBinding', name, namespace, { roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: roleKind, name: role }, subjects });
}

export function clusterRole(name: string, rules: JsonObject[], extra: JsonObject = {}, labels: Record<string, string> = {}): JsonObject {
  return obj('rbac.authorization.k8s.io/v1', 'ClusterRole', name, undefined, { rules, ...extra }, Object.keys(labels).length ? { labels } : {});
}

export const ADMIN_RULES: JsonObject[] = [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }];
export const sa = (name: string, namespace: string): JsonObject => ({ kind: 'ServiceAccount', name, namespace });
