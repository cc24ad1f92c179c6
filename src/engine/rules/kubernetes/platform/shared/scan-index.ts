import type { JsonObject, KubeObject } from '../../../../inputs/kube-object.js';
import { WORKLOAD_KINDS } from '../../../../inputs/pod-spec.js';
import type { KubeRuleContext } from '../../../define-rule.js';
import type { Labels } from './label-selector.js';
import { labelSelectorSelects, labelsOf, mapSelects } from './label-selector.js';
import { namespaceOf } from './namespace-of.js';
import type { PodTemplate } from './pod-templates.js';
import { podTemplateOf } from './pod-templates.js';

interface ScanIndex {
  readonly templatesByNamespace: Map<string, PodTemplate[]>;
  /** `namespace\u0000key=value` → templates carrying that label. */
  readonly templatesByLabel: Map<string, PodTemplate[]>;
  readonly byKindAndNamespace: Map<string, KubeObject[]>;
  /** Lazily filled per-scan answers of cross-object rules (key chosen by the caller). */
  readonly memo: Map<string, unknown>;
}

// Cross-object rules ask the same question for every object of a scan; answering each by a
// full pass made large scans quadratic (seconds per rule at 8,000 objects). The index is built
// once per scan context and dropped with it (WeakMap), so rules stay pure functions of the scan.
const INDEXES = new WeakMap<KubeRuleContext, ScanIndex>();

const labelKey = (ns: string, k: string, v: string) => `${ns}\u0000${k}=${v}`;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function indexOf(ctx: KubeRuleContext): ScanIndex {
  let index = INDEXES.get(ctx);
  if (index) return index;
  index = { templatesByNamespace: new Map(), templatesByLabel: new Map(), byKindAndNamespace: new Map(), memo: new Map() };
  for (const kind of WORKLOAD_KINDS) {
    for (const obj of ctx.byKind(kind)) {
      const t = podTemplateOf(obj);
      if (!t) continue;
      push(index.templatesByNamespace, t.namespace, t);
      for (const [k, v] of Object.entries(t.labels)) push(index.templatesByLabel, labelKey(t.namespace, k, v), t);
    }
  }
  for (const obj of ctx.objects) push(index.byKindAndNamespace, `${obj.kind}\u0000${namespaceOf(obj)}`, obj);
  INDEXES.set(ctx, index);
  return index;
}

/** Pod templates of one namespace. */
export function templatesInNamespace(ctx: KubeRuleContext, namespace: string): readonly PodTemplate[] {
  return indexOf(ctx).templatesByNamespace.get(namespace) ?? [];
}

/** Objects of one kind in one namespace (cluster-scoped kinds sit under "default"). */
export function objectsInNamespace(ctx: KubeRuleContext, kind: string, namespace: string): readonly KubeObject[] {
  return indexOf(ctx).byKindAndNamespace.get(`${kind}\u0000${namespace}`) ?? [];
}

/** Templates of a namespace a Service-style map selector matches (none for an empty map). */
export function templatesMatchingMap(ctx: KubeRuleContext, namespace: string, selector: Labels): PodTemplate[] {
  const first = Object.entries(selector)[0];
  if (!first) return [];
  const candidates = indexOf(ctx).templatesByLabel.get(labelKey(namespace, first[0], first[1])) ?? [];
  return candidates.filter((t) => mapSelects(selector, t.labels));
}

/** Templates of a namespace a LabelSelector matches (every template for an empty selector). */
export function templatesMatchingSelector(ctx: KubeRuleContext, namespace: string, selector: JsonObject): PodTemplate[] {
  const first = Object.entries(labelsOf(selector['matchLabels']))[0];
  const candidates = first
    ? indexOf(ctx).templatesByLabel.get(labelKey(namespace, first[0], first[1])) ?? []
    : templatesInNamespace(ctx, namespace);
  return candidates.filter((t) => labelSelectorSelects(selector, t.labels));
}

/** Computes a per-scan value once (for answers shared by every object a rule visits). */
export function memoizeForScan<T>(ctx: KubeRuleContext, key: string, compute: () => T): T {
  const memo = indexOf(ctx).memo;
  if (!memo.has(key)) memo.set(key, compute());
  return memo.get(key) as T;
}
