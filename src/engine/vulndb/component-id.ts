/**
 * The components whose versions a cluster scan can see, by binary/product name.
 * `kubernetes` stands for the core release as a whole (advisories filed against
 * `k8s.io/kubernetes` or naming no component); it is matched on the API server version.
 */
export const COMPONENT_IDS = [
  'kubernetes', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kubelet', 'kube-proxy',
  'kubectl', 'client-go', 'kube-aggregator', 'etcd', 'coredns', 'kube-dns', 'ingress-nginx',
  'containerd', 'cri-o', 'docker', 'secrets-store-csi-driver', 'azurefile-csi-driver', 'csi-proxy',
] as const;
export type ComponentId = (typeof COMPONENT_IDS)[number];

export function isComponentId(value: unknown): value is ComponentId {
  return typeof value === 'string' && (COMPONENT_IDS as readonly string[]).includes(value);
}

// Advisory feeds name Go modules; versions in the Kubernetes ecosystem are still release versions.
const BY_PACKAGE: Readonly<Record<string, ComponentId>> = {
  'k8s.io/kubernetes': 'kubernetes',
  'github.com/kubernetes/kubernetes': 'kubernetes',
  'k8s.io/apiserver': 'kube-apiserver',
  'k8s.io/kube-apiserver': 'kube-apiserver',
  'k8s.io/controller-manager': 'kube-controller-manager',
  'k8s.io/kube-controller-manager': 'kube-controller-manager',
  'k8s.io/kube-scheduler': 'kube-scheduler',
  'k8s.io/kubelet': 'kubelet',
  'k8s.io/kube-proxy': 'kube-proxy',
  'k8s.io/kubectl': 'kubectl',
  'k8s.io/client-go': 'client-go',
  'k8s.io/kube-aggregator': 'kube-aggregator',
  'k8s.io/ingress-nginx': 'ingress-nginx',
  'sigs.k8s.io/secrets-store-csi-driver': 'secrets-store-csi-driver',
  'sigs.k8s.io/azurefile-csi-driver': 'azurefile-csi-driver',
  'github.com/kubernetes-csi/csi-proxy': 'csi-proxy',
  'github.com/containerd/containerd': 'containerd',
  'github.com/containerd/containerd/v2': 'containerd',
  'github.com/cri-o/cri-o': 'cri-o',
  'github.com/coredns/coredns': 'coredns',
  'go.etcd.io/etcd': 'etcd',
  'go.etcd.io/etcd/v3': 'etcd',
  'go.etcd.io/etcd/server/v3': 'etcd',
  'github.com/docker/docker': 'docker',
  'github.com/moby/moby': 'docker',
};

/** Binary names used by the stackrox records. */
const BY_BINARY: Readonly<Record<string, ComponentId>> = {
  'kube-apiserver': 'kube-apiserver',
  'kube-controller-manager': 'kube-controller-manager',
  'kube-scheduler': 'kube-scheduler',
  kubelet: 'kubelet',
  'kube-proxy': 'kube-proxy',
  kubectl: 'kubectl',
  'client-go': 'client-go',
  'kube-aggregator': 'kube-aggregator',
  'kube-dns': 'kube-dns',
};

export function componentOfPackage(name: string): ComponentId | undefined {
  return BY_PACKAGE[name.trim().toLowerCase()];
}

export function componentOfBinary(name: string): ComponentId | undefined {
  return BY_BINARY[name.trim().toLowerCase()];
}

/**
 * Go modules published from the Kubernetes staging tree are versioned `v0.Y.Z` for
 * release `1.Y.Z`. Only these need translating when a record comes from the `Go`
 * ecosystem; `k8s.io/kubernetes` itself is tagged with release versions.
 */
export function isKubernetesStagingModule(name: string): boolean {
  const n = name.trim().toLowerCase();
  return n.startsWith('k8s.io/') && n !== 'k8s.io/kubernetes' && n !== 'k8s.io/ingress-nginx';
}
