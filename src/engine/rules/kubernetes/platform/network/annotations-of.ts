import type { KubeObject } from '../../../../inputs/kube-object.js';
import { asObject, getPath } from '../../../../inputs/kube-object.js';

/** String-valued metadata.annotations of an object, as [key, value] pairs. */
export function annotationsOf(obj: KubeObject): Array<[string, string]> {
  const annotations = asObject(getPath(obj.body, ['metadata', 'annotations']));
  if (!annotations) return [];
  return Object.entries(annotations).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as [string, string]] : []));
}

export const INGRESS_NGINX_PREFIX = 'nginx.ingress.kubernetes.io/';
