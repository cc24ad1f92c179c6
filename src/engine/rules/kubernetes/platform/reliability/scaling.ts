import type { KubeObject } from '../../../../inputs/kube-object.js';
import { asString, getPath } from '../../../../inputs/kube-object.js';
import type { KubeRuleContext } from '../../../define-rule.js';
import { namespaceOf } from '../shared/namespace-of.js';

/** Kinds whose pod count is spec.replicas. */
export const REPLICATED_KINDS = ['Deployment', 'StatefulSet', 'DeploymentConfig', 'ReplicaSet', 'ReplicationController'];

/** spec.replicas when it is a number; undefined when unset (Kubernetes then runs 1) or templated. */
export function declaredReplicas(obj: KubeObject): number | undefined {
  const r = getPath(obj.body, ['spec', 'replicas']);
  return typeof r === 'number' ? r : undefined;
}

/** HorizontalPodAutoscalers of the scan whose scaleTargetRef names this object. */
export function hpasTargeting(obj: KubeObject, ctx: KubeRuleContext): KubeObject[] {
  return ctx.byKind('HorizontalPodAutoscaler').filter((hpa) =>
    namespaceOf(hpa) === namespaceOf(obj) &&
    asString(getPath(hpa.body, ['spec', 'scaleTargetRef', 'kind'])) === obj.kind &&
    asString(getPath(hpa.body, ['spec', 'scaleTargetRef', 'name'])) === obj.name);
}

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
