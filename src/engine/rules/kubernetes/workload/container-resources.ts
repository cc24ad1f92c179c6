import type { PathSegment } from '../../../../domain/source-range.js';
import type { JsonValue, KubeObject } from '../../../inputs/kube-object.js';
import { getPath } from '../../../inputs/kube-object.js';
import type { ContainerRef } from '../../../inputs/pod-spec.js';
import { containersOf } from '../../../inputs/pod-spec.js';

/**
 * Containers whose resources matter. Ephemeral containers are excluded because the API forbids
 * resources on them. Init containers are kept: they run one at a time, but while one runs it
 * competes for the node like any other process, and the scheduler sizes the pod by the largest
 * init request, so an unbounded init container is the same denial-of-service risk.
 */
export function resourceContainersOf(obj: KubeObject): ContainerRef[] {
  return containersOf(obj).filter((c) => c.type !== 'ephemeralContainer');
}

export type ResourceSection = 'limits' | 'requests';

export function resourceValue(c: ContainerRef, section: ResourceSection, resource: string): JsonValue | undefined {
  const value = getPath(c.spec, ['resources', section, resource]);
  return value === null || value === '' ? undefined : value;
}

export function resourcePath(c: ContainerRef, section: ResourceSection, resource: string): PathSegment[] {
  return [...c.path, 'resources', section, resource];
}
