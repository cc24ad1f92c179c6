import type { PathSegment } from '../../../../domain/source-range.js';
import type { KubeObject } from '../../../inputs/kube-object.js';
import type { PodSpecRef } from '../../../inputs/pod-spec.js';

export interface PodServiceAccount {
  /** The account the pod runs as: serviceAccountName, else the deprecated serviceAccount, else `default`. */
  readonly name: string;
  /** False when the manifest names no account and Kubernetes falls back to `default`. */
  readonly explicit: boolean;
  /** Where the name is (or would be) written. */
  readonly path: readonly PathSegment[];
}

/** Namespaced objects without metadata.namespace land in `default` when applied without `-n`. */
export function namespaceOf(obj: KubeObject): string {
  return obj.namespace === undefined || obj.namespace === '' ? 'default' : obj.namespace;
}

// Pod spec refs are cached per object (podSpecOf), and half a dozen rules and the scan index
// ask for the same pod's account: read it once per pod.
const accountCache = new WeakMap<PodSpecRef, PodServiceAccount>();

/** The account a pod runs as; shared between callers: treat as read-only. */
export function serviceAccountOf(pod: PodSpecRef): PodServiceAccount {
  let account = accountCache.get(pod);
  if (!account) {
    account = readServiceAccount(pod);
    accountCache.set(pod, account);
  }
  return account;
}

function readServiceAccount(pod: PodSpecRef): PodServiceAccount {
  for (const key of ['serviceAccountName', 'serviceAccount'] as const) {
    const value = pod.spec[key];
    if (typeof value === 'string' && value !== '') return { name: value, explicit: true, path: [...pod.path, key] };
  }
  return { name: 'default', explicit: false, path: [...pod.path, 'serviceAccountName'] };
}
