import type { KubeObject } from '../../../../inputs/kube-object.js';
import { asString, getPath } from '../../../../inputs/kube-object.js';
import type { KubeRuleContext } from '../../../define-rule.js';
import { namespaceOf } from '../shared/namespace-of.js';
import { memoizeForScan } from '../shared/scan-index.js';

/** Kinds whose pod count is spec.replicas. */
export const REPLICATED_KINDS = ['Deployment', 'StatefulSet', 'DeploymentConfig', 'ReplicaSet', 'ReplicationController'];

/** spec.replicas when it is a number; undefined when unset (Kubernetes then runs 1) or templated. */
export function declaredReplicas(obj: KubeObject): number | undefined {
  const r = getPath(obj.body, ['spec', 'replicas']);
  return typeof r === 'number' ? r : undefined;
}

/** HorizontalPodAutoscalers of the scan whose scaleTargetRef names this object. */
export function hpasTargeting(obj: KubeObject, ctx: KubeRuleContext): KubeObject[] {
  const byTarget = memoizeForScan(ctx, 'hpa-by-target', () => {
    const map = new Map<string, KubeObject[]>();
    for (const hpa of ctx.byKind('HorizontalPodAutoscaler')) {
      const key = targetKey(namespaceOf(hpa), asString(getPath(hpa.body, ['spec', 'scaleTargetRef', 'kind'])), asString(getPath(hpa.body, ['spec', 'scaleTargetRef', 'name'])));
      map.set(key, [...(map.get(key) ?? []), hpa]);
    }
    return map;
  });
  return byTarget.get(targetKey(namespaceOf(obj), obj.kind, obj.name)) ?? [];
}

const targetKey = (ns: string, kind: string | undefined, name: string | undefined) => `${ns}\u0000${kind ?? ''}\u0000${name ?? ''}`;

/** The smallest replica count the workload runs with: HPA minReplicas (default 1) when autoscaled. */
export function minimumReplicas(obj: KubeObject, ctx: KubeRuleContext): number {
  const hpas = hpasTargeting(obj, ctx);
  if (hpas.length > 0) {
    return Math.min(...hpas.map((h) => {
      const m = getPath(h.body, ['spec', 'minReplicas']);
      return typeof m === 'number' ? m : 1;
    }));
  }
  return declaredReplicas(obj) ?? 1;
}
