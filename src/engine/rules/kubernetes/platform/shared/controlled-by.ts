import type { KubeObject } from '../../../../inputs/kube-object.js';
import { asArray, asObject } from '../../../../inputs/kube-object.js';

/**
 * True when another object controls this one (ownerReferences with controller: true), as for the
 * Pods of a ReplicaSet or the ReplicaSets of a Deployment on a live cluster. Pod-template rules
 * report on the top-level controller only, so one setting yields one finding, not three.
 */
export function isControlled(obj: KubeObject): boolean {
  const metadata = asObject(obj.body['metadata']);
  return asArray(metadata?.['ownerReferences']).some((ref) => asObject(ref)?.['controller'] === true);
}
