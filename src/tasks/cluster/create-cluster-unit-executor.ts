import type { ScanType } from '../../domain/scan-types.js';
import type { SecretBox } from '../../iam/secret-box.js';
import type { UnitOutcome } from '../../storage/ports.js';
import type { WorkUnitExecutor } from '../work-unit-executor.js';
import { carryFirstSeen } from './carry-first-seen.js';
import type { ClusterItemPayload } from './cluster-item-payload.js';
import type { ClusterConnector } from './cluster-connector.js';
import type { ClusterItemScanner } from './cluster-item-scanner.js';
import { kubeconfigContextOf } from './kubeconfig-context-of.js';
import { SnapshotCache } from './snapshot-cache.js';

export interface ClusterUnitExecutorDeps {
  readonly secretBox: SecretBox;
  readonly connector: ClusterConnector;
  readonly scanner: ClusterItemScanner;
  readonly cache?: SnapshotCache;
  /** The newest stored result of the item, to carry first-seen times forward. */
  readonly previousResult?: (clusterId: string, scanType: ScanType) => Promise<ClusterItemPayload | undefined>;
}

const MAX_REASON_CHARS = 1_000;

/**
 * Runs one cluster × scan item unit: open the sealed kubeconfig, read the cluster (once
 * per task, see SnapshotCache), run the engine for the item, hand back the payload. A
 * cluster that cannot be read fails the unit with a readable reason; findings never do.
 */
export function createClusterUnitExecutor(deps: ClusterUnitExecutorDeps): WorkUnitExecutor {
  const cache = deps.cache ?? new SnapshotCache();
  return {
    async execute(input, context): Promise<UnitOutcome> {
      if (input.kind !== 'cluster') return { status: 'failed', failedReason: 'not a cluster unit' };
      const { cluster, unit, scanType } = input;
      if (cluster.kubeconfigSealed === undefined) return { status: 'failed', failedReason: 'the cluster has no stored kubeconfig' };
      let kubeconfig: string;
      try {
        kubeconfig = deps.secretBox.openText(cluster.kubeconfigSealed, kubeconfigContextOf(cluster.id));
      } catch {
        return { status: 'failed', failedReason: 'the stored kubeconfig cannot be decrypted (was the master key changed?)' };
      }
      let snapshot;
      try {
        snapshot = await untilAborted(
          cache.get(unit.taskId, cluster.id, context.now, () => deps.connector.collect({ kubeconfig, context: cluster.context })),
          context.signal,
        );
      } catch (err) {
        return { status: 'failed', failedReason: clip(`cluster could not be read: ${err instanceof Error ? err.message : String(err)}`) };
      }
      if (context.signal.aborted) return { status: 'failed', failedReason: 'scan was interrupted' };
      const payload = deps.scanner.scan(snapshot, scanType, context.now);
      // A previous result that cannot be read only costs the first-seen dates, never the scan.
      const previous = await deps.previousResult?.(cluster.id, scanType).catch(() => undefined);
      return { status: 'success', clusterResult: carryFirstSeen(payload, previous, context.now) };
    },
  };
}

// The collector has its own deadline but no signal; a stopping worker must not wait for it.
// The collection then finishes in the background and is dropped.
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error('scan was interrupted'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error('scan was interrupted'));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function clip(reason: string): string {
  return reason.length > MAX_REASON_CHARS ? `${reason.slice(0, MAX_REASON_CHARS - 1)}…` : reason;
}
