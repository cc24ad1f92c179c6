import type { KubeObject } from '../../../../inputs/kube-object.js';

/** Cluster-scoped kinds: their namespace is meaningless and never matched. */
const CLUSTER_SCOPED = new Set([
  'Namespace', 'Node', 'PersistentVolume', 'ClusterRole', 'ClusterRoleBinding', 'StorageClass', 'PriorityClass',
  'CustomResourceDefinition', 'PodSecurityPolicy', 'SecurityContextConstraints', 'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration', 'APIService', 'CertificateSigningRequest', 'IngressClass', 'RuntimeClass',
]);

export function isClusterScoped(obj: KubeObject): boolean {
  return CLUSTER_SCOPED.has(obj.kind);
}

/**
 * The namespace used to pair objects: a manifest without metadata.namespace lands in
 * "default" when applied without `-n`, which is the only assumption a scan can make.
 */
export function namespaceOf(obj: KubeObject): string {
  return obj.namespace ?? 'default';
}
