import type { KubeObject } from '../inputs/kube-object.js';
import type { KubeRuleContext, RuleSettings } from './define-rule.js';

/** Builds the per-scan context rules see: all objects plus a by-kind index built once. */
export function createKubeRuleContext(objects: readonly KubeObject[], live: boolean, settings: RuleSettings = {}): KubeRuleContext {
  const byKind = new Map<string, KubeObject[]>();
  for (const obj of objects) {
    const list = byKind.get(obj.kind);
    if (list) list.push(obj);
    else byKind.set(obj.kind, [obj]);
  }
  return { objects, live, settings, byKind: (kind) => byKind.get(kind) ?? [] };
}
