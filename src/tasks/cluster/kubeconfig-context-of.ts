/**
 * Authenticated context of a sealed kubeconfig: binds the ciphertext to its cluster, so a
 * sealed value copied onto another cluster row does not open.
 */
export function kubeconfigContextOf(clusterId: string): string {
  return `cluster-kubeconfig:${clusterId}`;
}
