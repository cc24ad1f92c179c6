import type { JsonObject } from './kube-object.js';

/**
 * One read of a cluster: everything the cluster checks need, collected once, saved to
 * and loaded from a file as JSON. The engine never talks to the cluster; it reads this.
 */
export interface ClusterSnapshot {
  readonly schemaVersion: 1;
  /** Epoch ms when collection finished. */
  readonly collectedAt: number;
  /** `GET /version`, or null when it could not be read. */
  readonly version: { readonly gitVersion: string; readonly platform?: string } | null;
  /** Every collected object as the API returned it (apiVersion and kind filled in). */
  readonly objects: readonly JsonObject[];
  /** Kubelet `configz` by node name, when the node proxy was permitted. */
  readonly kubeletConfigs: Readonly<Record<string, JsonObject>>;
  /** kube-proxy configuration (from its ConfigMap), when visible. */
  readonly kubeProxyConfig?: JsonObject;
  /**
   * What could not be read and why (missing permission, missing API group, timeout):
   * checks that need it report "not evaluated" instead of "clean".
   */
  readonly unreadable: ReadonlyArray<{ readonly resource: string; readonly reason: string }>;
}
