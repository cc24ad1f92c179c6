import type { JsonObject, KubeObject } from '../inputs/kube-object.js';
import { asObject, asString } from '../inputs/kube-object.js';

/**
 * Wraps an object read from the API as the engine's KubeObject. Live objects have no
 * source text, so `locate` always answers undefined and findings carry a path only.
 */
export function toLiveObject(body: JsonObject): KubeObject {
  const metadata = asObject(body['metadata']);
  const uid = asString(metadata?.['uid']);
  return {
    apiVersion: asString(body['apiVersion']) ?? '',
    kind: asString(body['kind']) ?? '',
    name: asString(metadata?.['name']) ?? '',
    namespace: asString(metadata?.['namespace']),
    ...(uid !== undefined ? { uid } : {}),
    body,
    locate: () => undefined,
  };
}
