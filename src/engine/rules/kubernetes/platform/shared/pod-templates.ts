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

// The scan index and several reliability/network rules ask for the same object's template:
// computed once per object (objects are immutable).
const templateCache = new WeakMap<KubeObject, PodTemplate | null>();

/** The pod template of a workload; shared between callers: treat as read-only. */
export function podTemplateOf(obj: KubeObject): PodTemplate | undefined {
  let t = templateCache.get(obj);
  if (t === undefined) {
    t = readPodTemplate(obj) ?? null;
    templateCache.set(obj, t);
  }
  return t ?? undefined;
}

function readPodTemplate(obj: KubeObject): PodTemplate | undefined {
  if (!WORKLOAD_KINDS.includes(obj.kind)) return undefined;
  const metadataPath = TEMPLATE_METADATA[obj.kind] ?? ['spec', 'template', 'metadata'];
  const labelsPath = [...metadataPath, 'labels'];
  return { obj, pod: podSpecOf(obj), namespace: namespaceOf(obj), labels: labelsOf(getPath(obj.body, labelsPath)), labelsPath };
}
