import type { KubeObject } from '../../inputs/kube-object.js';
import { asArray, asObject, asString, getPath } from '../../inputs/kube-object.js';
import { labelsOf, mapSelects, type Labels } from '../../rules/kubernetes/platform/shared/label-selector.js';
import { podTemplateOf } from '../../rules/kubernetes/platform/shared/pod-templates.js';

export interface ExposureIndex {
  /** Why the workload is reachable from outside the cluster; empty when it is not. */
  reasonsFor(workload: KubeObject): readonly string[];
  /** Every judged workload with at least one reason. */
  readonly exposed: ReadonlyMap<KubeObject, readonly string[]>;
}

function ingressBackends(ingress: KubeObject): string[] {
  const names: string[] = [];
  const add = (v: unknown) => { if (typeof v === 'string') names.push(v); };
  add(getPath(ingress.body, ['spec', 'defaultBackend', 'service', 'name']));
  add(getPath(ingress.body, ['spec', 'backend', 'serviceName']));
  for (const rule of asArray(getPath(ingress.body, ['spec', 'rules']))) {
    for (const p of asArray(getPath(asObject(rule), ['http', 'paths']))) {
      add(getPath(asObject(p), ['backend', 'service', 'name']));
      add(getPath(asObject(p), ['backend', 'serviceName']));
    }
  }
  return names;
}

/**
 * Which workloads the outside world can reach: selected by a LoadBalancer or NodePort
 * Service, a Service with externalIPs, a Service behind an Ingress, or on the host
 * network. Services are filtered to the exposed ones first, then matched against the
 * pod templates of their namespace only, so this stays linear in practice.
 */
export function buildExposureIndex(judged: readonly KubeObject[], byKind: (kind: string) => readonly KubeObject[]): ExposureIndex {
  const ingressed = new Map<string, string[]>();
  for (const ing of byKind('Ingress')) {
    for (const svc of ingressBackends(ing)) {
      const key = `${ing.namespace ?? 'default'}/${svc}`;
      ingressed.set(key, [...(ingressed.get(key) ?? []), ing.name]);
    }
  }
  const exposedServices = new Map<string, Array<{ selector: Labels; reason: string }>>();
  for (const svc of byKind('Service')) {
    const ns = svc.namespace ?? 'default';
    const type = asString(getPath(svc.body, ['spec', 'type'])) ?? 'ClusterIP';
    const reasons: string[] = [];
    if (type === 'LoadBalancer' || type === 'NodePort') reasons.push(`${type} Service "${svc.name}"`);
    if (asArray(getPath(svc.body, ['spec', 'externalIPs'])).length > 0) reasons.push(`Service "${svc.name}" with externalIPs`);
    for (const ing of ingressed.get(`${ns}/${svc.name}`) ?? []) reasons.push(`Ingress "${ing}" via Service "${svc.name}"`);
    const selector = labelsOf(getPath(svc.body, ['spec', 'selector']));
    if (reasons.length === 0 || Object.keys(selector).length === 0) continue;
    const list = exposedServices.get(ns) ?? [];
    for (const reason of reasons) list.push({ selector, reason });
    exposedServices.set(ns, list);
  }
  const exposed = new Map<KubeObject, string[]>();
  for (const obj of judged) {
    const t = podTemplateOf(obj);
    if (!t?.pod) continue;
    const reasons: string[] = [];
    if (t.pod.spec['hostNetwork'] === true) reasons.push('host network');
    for (const s of exposedServices.get(t.namespace) ?? []) if (mapSelects(s.selector, t.labels)) reasons.push(s.reason);
    if (reasons.length > 0) exposed.set(obj, reasons);
  }
  return { exposed, reasonsFor: (w) => exposed.get(w) ?? [] };
}
