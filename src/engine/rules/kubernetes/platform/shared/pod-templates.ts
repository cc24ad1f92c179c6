import type { PathSegment } from '../../../../../domain/source-range.js';
import type { KubeObject } from '../../../../inputs/kube-object.js';
import { getPath } from '../../../../inputs/kube-object.js';
import type { PodSpecRef } from '../../../../inputs/pod-spec.js';
import { WORKLOAD_KINDS, podSpecOf } from '../../../../inputs/pod-spec.js';
import type { KubeRuleContext } from '../../../define-rule.js';
import type { Labels } from './label-selector.js';
import { labelsOf } from './label-selector.js';
import { namespaceOf } from './namespace-of.js';

export interface PodTemplate {
  readonly obj: KubeObject;
  readonly pod: PodSpecRef;
  readonly namespace: string;
  /** Labels the pods will carry (the template's, or the Pod's own). */
  readonly labels: Labels;
  readonly labelsPath: readonly PathSegment[];
}

export function podTemplateOf(obj: KubeObject): PodTemplate | undefined {
  const pod = podSpecOf(obj);
  if (!pod) return undefined;
  const labelsPath = [...pod.metadataPath, 'labels'];
  return { obj, pod, namespace: namespaceOf(obj), labels: labelsOf(getPath(obj.body, labelsPath)), labelsPath };
}

/** Every pod template of the scan in one namespace (all namespaces when namespace is undefined). */
export function podTemplatesIn(ctx: KubeRuleContext, namespace?: string): PodTemplate[] {
  const out: PodTemplate[] = [];
  for (const kind of WORKLOAD_KINDS) {
    for (const obj of ctx.byKind(kind)) {
      const t = podTemplateOf(obj);
      if (t && (namespace === undefined || t.namespace === namespace)) out.push(t);
    }
  }
  return out;
}
