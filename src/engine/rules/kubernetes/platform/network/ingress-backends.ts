import type { PathSegment } from '../../../../../domain/source-range.js';
import type { JsonValue, KubeObject } from '../../../../inputs/kube-object.js';
import { asArray, asObject, asString, getPath } from '../../../../inputs/kube-object.js';

export interface IngressBackend {
  readonly serviceName: string;
  /** Path of the key naming the Service. */
  readonly path: readonly PathSegment[];
}

function backendAt(value: JsonValue | undefined, path: readonly PathSegment[]): IngressBackend | undefined {
  const b = asObject(value);
  if (!b) return undefined;
  const v1 = asString(getPath(b, ['service', 'name']));
  if (v1 !== undefined) return { serviceName: v1, path: [...path, 'service', 'name'] };
  // networking.k8s.io/v1beta1 and extensions/v1beta1 spell it serviceName.
  const legacy = asString(b['serviceName']);
  return legacy === undefined ? undefined : { serviceName: legacy, path: [...path, 'serviceName'] };
}

/** Every Service backend of an Ingress: the default backend and each rule path, in both API shapes. */
export function ingressBackendsOf(obj: KubeObject): IngressBackend[] {
  const out: IngressBackend[] = [];
  for (const key of ['defaultBackend', 'backend']) {
    const b = backendAt(getPath(obj.body, ['spec', key]), ['spec', key]);
    if (b) out.push(b);
  }
  asArray(getPath(obj.body, ['spec', 'rules'])).forEach((rule, i) => {
    asArray(getPath(rule, ['http', 'paths'])).forEach((p, j) => {
      const base = ['spec', 'rules', i, 'http', 'paths', j, 'backend'];
      const b = backendAt(getPath(p, ['backend']), base);
      if (b) out.push(b);
    });
  });
  return out;
}
