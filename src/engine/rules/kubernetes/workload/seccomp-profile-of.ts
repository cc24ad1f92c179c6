import type { PathSegment } from '../../../../domain/source-range.js';
import { asObject, asString } from '../../../inputs/kube-object.js';
import type { ContainerRef } from '../../../inputs/pod-spec.js';

export type SeccompState = 'confined' | 'unconfined' | 'unset';

export interface SeccompSetting {
  readonly state: SeccompState;
  /** The field or annotation that decides it (for `unset`, where the field belongs). */
  readonly path: readonly PathSegment[];
  readonly value: string | undefined;
}

const POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
const CONTAINER_ANNOTATION_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/';

function fromAnnotation(value: string): SeccompState {
  if (value === 'unconfined') return 'unconfined';
  return value === 'runtime/default' || value === 'docker/default' || value.startsWith('localhost/') ? 'confined' : 'unset';
}

function fromType(value: string): SeccompState {
  if (value === 'Unconfined') return 'unconfined';
  return value === 'RuntimeDefault' || value === 'Localhost' ? 'confined' : 'unset';
}

/**
 * The seccomp profile Kubernetes applies to a container: the securityContext field (container,
 * then pod) wins; clusters before 1.27 also honoured the legacy annotations, which manifests
 * still carry, so they count when no field is set.
 */
export function seccompProfileOf(c: ContainerRef): SeccompSetting {
  const profile = asObject(c.securityContext.get('seccompProfile'));
  const type = asString(profile?.['type']);
  if (type !== undefined) return { state: fromType(type), path: [...c.securityContext.pathOf('seccompProfile'), 'type'], value: type };
  const annotations = asObject(c.pod.metadata?.['annotations']);
  const annotationsPath = [...c.pod.metadataPath, 'annotations'];
  for (const key of [CONTAINER_ANNOTATION_PREFIX + c.name, POD_ANNOTATION]) {
    const value = asString(annotations?.[key]);
    if (value !== undefined) return { state: fromAnnotation(value), path: [...annotationsPath, key], value };
  }
  return { state: 'unset', path: c.securityContext.pathOf('seccompProfile'), value: undefined };
}
