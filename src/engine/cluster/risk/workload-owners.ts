import type { KubeObject } from '../../inputs/kube-object.js';
import { asArray, asObject, asString } from '../../inputs/kube-object.js';

export interface OwnerRef {
  readonly kind: string;
  readonly name: string;
  readonly uid: string | undefined;
}

/** The managing controller of an object (`ownerReferences[].controller: true`), if any. */
export function controllerOf(obj: KubeObject): OwnerRef | undefined {
  const refs = asArray(asObject(obj.body['metadata'])?.['ownerReferences']);
  for (const item of refs) {
    const ref = asObject(item);
    if (ref?.['controller'] !== true) continue;
    const kind = asString(ref['kind']);
    const name = asString(ref['name']);
    if (kind && name !== undefined) return { kind, name, uid: asString(ref['uid']) };
  }
  return undefined;
}

/**
 * A kubelet-managed mirror of a static pod (control-plane components on kubeadm and
 * similar installs). Its spec lives in a file on the node, not in the API.
 */
export function isMirrorPod(obj: KubeObject): boolean {
  if (obj.kind !== 'Pod') return false;
  const annotations = asObject(asObject(obj.body['metadata'])?.['annotations']);
  return annotations?.['kubernetes.io/config.mirror'] !== undefined || controllerOf(obj)?.kind === 'Node';
}
