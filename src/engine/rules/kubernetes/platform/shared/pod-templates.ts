import type { PathSegment } from '../../../../../domain/source-range.js';
import type { KubeObject } from '../../../../inputs/kube-object.js';
import { getPath } from '../../../../inputs/kube-object.js';
import type { PodSpecRef } from '../../../../inputs/pod-spec.js';
import { WORKLOAD_KINDS, podSpecOf } from '../../../../inputs/pod-spec.js';
import type { Labels } from './label-selector.js';
import { labelsOf } from './label-selector.js';
import { namespaceOf } from './namespace-of.js';

// Where pod labels live, by kind. Kept apart from the pod spec so that a template
// with labels but an incomplete spec still counts for selector matching.
const TEMPLATE_METADATA: Record<string, readonly PathSegment[]> = {
  Pod: ['metadata'],
  PodTemplate: ['template', 'metadata'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'metadata'],
};

export interface PodTemplate {
  readonly obj: KubeObject;
  /** Undefined when the object has no usable pod spec. */
  readonly pod: PodSpecRef | undefined;
  readonly namespace: string;
  /** Labels the pods will carry (the template's, or the Pod's own). */
  readonly labels: Labels;
  readonly labelsPath: readonly PathSegment[];
}

export function podTemplateOf(obj: KubeObject): PodTemplate | undefined {
  if (!WORKLOAD_KINDS.includes(obj.kind)) return undefined;
  const metadataPath = TEMPLATE_METADATA[obj.kind] ?? ['spec', 'template', 'metadata'];
  const labelsPath = [...metadataPath, 'labels'];
  return { obj, pod: podSpecOf(obj), namespace: namespaceOf(obj), labels: labelsOf(getPath(obj.body, labelsPath)), labelsPath };
}
