import { BulwarkError } from '../../domain/errors.js';
import type { ClusterSnapshot } from '../../engine/inputs/cluster-snapshot.js';
import { collectClusterSnapshot } from '../../collectors/kubernetes/collect-cluster-snapshot.js';
import { loadKubeConfig } from '../../collectors/kubernetes/load-kube-config.js';
import { assertSelfContainedKubeconfig } from './assert-self-contained-kubeconfig.js';

export interface KubeconfigRef {
  /** Kubeconfig YAML (decrypted only for the duration of the call). */
  readonly kubeconfig: string;
  readonly context: string | undefined;
}

/** Port: what the cluster use cases and executor need from a live cluster. */
export interface ClusterConnector {
  /** One cheap round trip; throws `invalid_parameter` with a readable reason when it fails. */
  probe(ref: KubeconfigRef): Promise<{ readonly version: string | undefined }>;
  /** A full snapshot; throws when the API server cannot be reached or rejects the credentials. */
  collect(ref: KubeconfigRef): Promise<ClusterSnapshot>;
}

export interface KubeClusterConnectorOptions {
  readonly probeTimeoutMs?: number;
  readonly requestTimeoutMs?: number;
  readonly deadlineMs?: number;
}

/** The connector over the Kubernetes collector. */
export function createKubeClusterConnector(options: KubeClusterConnectorOptions = {}): ClusterConnector {
  const probeTimeoutMs = options.probeTimeoutMs ?? 10_000;
  return {
    async probe(ref) {
      assertSelfContainedKubeconfig(ref.kubeconfig);
      const kc = loadKubeConfig({ text: ref.kubeconfig, ...(ref.context === undefined ? {} : { context: ref.context }) });
      try {
        // No resource lists: /version (and the kube-proxy ConfigMap) are enough to prove
        // the server answers and accepts the credentials.
        const { snapshot } = await collectClusterSnapshot(kc, {
          resources: [], kubeletConfigz: false, requestTimeoutMs: probeTimeoutMs, deadlineMs: probeTimeoutMs,
        });
        return { version: snapshot.version?.gitVersion };
      } catch (err) {
        // A 401 from the cluster is a bad kubeconfig, not a bad Bulwark credential: never APIGW.0301.
        const reason = err instanceof Error ? err.message : String(err);
        throw new BulwarkError('invalid_parameter', `Invalid parameter: kubeconfig cannot connect to the cluster: ${reason}`, { field: 'kubeconfig', cause: err });
      }
    },
    async collect(ref) {
      assertSelfContainedKubeconfig(ref.kubeconfig);
      const kc = loadKubeConfig({ text: ref.kubeconfig, ...(ref.context === undefined ? {} : { context: ref.context }) });
      const { snapshot } = await collectClusterSnapshot(kc, {
        requestTimeoutMs: options.requestTimeoutMs ?? 30_000, deadlineMs: options.deadlineMs ?? 300_000,
      });
      return snapshot;
    },
  };
}
