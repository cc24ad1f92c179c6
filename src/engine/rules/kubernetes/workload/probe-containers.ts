import type { KubeObject } from '../../../inputs/kube-object.js';
import type { ContainerRef } from '../../../inputs/pod-spec.js';
import { containersOf } from '../../../inputs/pod-spec.js';

// Batch workloads run to completion: a liveness probe would only kill a long step and a
// readiness probe gates no traffic, so probes are not expected there.
const BATCH_KINDS = new Set(['Job', 'CronJob']);

/**
 * Containers that are expected to carry probes: regular containers of long-running workloads.
 * Init and ephemeral containers cannot have liveness or readiness probes.
 */
export function probeContainersOf(obj: KubeObject): ContainerRef[] {
  if (BATCH_KINDS.has(obj.kind)) return [];
  return containersOf(obj).filter((c) => c.type === 'container');
}
