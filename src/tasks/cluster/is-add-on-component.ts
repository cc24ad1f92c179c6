/**
 * HSS splits cluster CVEs into system (Kubernetes' own components: API server, kubelet,
 * kube-proxy, client libraries) and application ones (add-ons and runtimes installed
 * beside it), counted as sys_vul_num and app_vul_num.
 */
const ADD_ONS: ReadonlySet<string> = new Set([
  'etcd', 'coredns', 'kube-dns', 'ingress-nginx', 'containerd', 'cri-o', 'docker',
  'secrets-store-csi-driver', 'azurefile-csi-driver', 'csi-proxy',
]);

export function isAddOnComponent(component: string): boolean {
  return ADD_ONS.has(component);
}
