import type { PathSegment } from '../../../../../domain/source-range.js';
import type { KubeObject } from '../../../../inputs/kube-object.js';
import { asArray, asObject, asString } from '../../../../inputs/kube-object.js';

export interface BindingSubject {
  readonly kind: string;
  readonly name: string;
  readonly namespace: string | undefined;
  readonly path: readonly PathSegment[];
}

export function subjectsOf(binding: KubeObject): BindingSubject[] {
  return asArray(binding.body['subjects']).flatMap((item, i) => {
    const s = asObject(item);
    const kind = asString(s?.['kind']);
    const name = asString(s?.['name']);
    if (!kind || name === undefined) return [];
    return [{ kind, name, namespace: asString(s?.['namespace']), path: ['subjects', i] }];
  });
}
