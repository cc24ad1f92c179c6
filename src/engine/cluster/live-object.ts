import type { PathSegment, SourceRange } from '../../domain/source-range.js';
import type { JsonObject, KubeObject } from '../inputs/kube-object.js';
import { asObject, asString } from '../inputs/kube-object.js';

// A class rather than an object literal per item: one shared `locate` and a stable shape
// keep wrapping 50,000+ objects cheap for the allocator and the JIT.
class LiveObject implements KubeObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string | undefined;
  readonly uid: string | undefined;

  constructor(readonly body: JsonObject) {
    const metadata = asObject(body['metadata']);
    this.apiVersion = asString(body['apiVersion']) ?? '';
    this.kind = asString(body['kind']) ?? '';
    this.name = asString(metadata?.['name']) ?? '';
    this.namespace = asString(metadata?.['namespace']);
    this.uid = asString(metadata?.['uid']);
  }

  locate(_path: readonly PathSegment[]): SourceRange | undefined {
    return undefined;
  }
}

/**
 * Wraps an object read from the API as the engine's KubeObject. Live objects have no
 * source text, so `locate` always answers undefined and findings carry a path only.
 */
export function toLiveObject(body: JsonObject): KubeObject {
  return new LiveObject(body);
}
