import type { KubeObject } from '../../../../inputs/kube-object.js';
import { asObject, asString, getPath } from '../../../../inputs/kube-object.js';
import type { KubeRuleContext } from '../../../define-rule.js';
import { labelSelectorSelects, labelsOf } from '../shared/label-selector.js';
import { namespaceOf } from '../shared/namespace-of.js';
import { memoizeForScan, objectsInNamespace } from '../shared/scan-index.js';

export interface RoleRef {
  readonly kind: string;
  readonly name: string;
}

export function roleRefOf(binding: KubeObject): RoleRef | undefined {
  const ref = asObject(binding.body['roleRef']);
  const kind = asString(ref?.['kind']);
  const name = asString(ref?.['name']);
  return kind && name ? { kind, name } : undefined;
}

// ClusterRoles are cluster-scoped: matched by name alone, whatever namespace a manifest wrongly gives them.
function clusterRolesByName(ctx: KubeRuleContext): Map<string, KubeObject[]> {
  return memoizeForScan(ctx, 'clusterroles-by-name', () => {
    const map = new Map<string, KubeObject[]>();
    for (const role of ctx.byKind('ClusterRole')) map.set(role.name, [...(map.get(role.name) ?? []), role]);
    return map;
  });
}

/**
 * The role objects of the scan a binding points at, plus — for an aggregated ClusterRole —
 * every ClusterRole its aggregationRule selects (the controller copies their rules into it
 * on a live cluster, but a manifest holds only the selectors). Empty when the role is not
 * in the scan: the rules of an unseen role are unknown, so nothing is inferred about them.
 */
export function boundRoles(binding: KubeObject, ctx: KubeRuleContext): KubeObject[] {
  const ref = roleRefOf(binding);
  if (!ref) return [];
  if (ref.kind === 'Role') {
    // A RoleBinding can only point at a Role of its own namespace.
    return objectsInNamespace(ctx, 'Role', namespaceOf(binding)).filter((r) => r.name === ref.name);
  }
  if (ref.kind !== 'ClusterRole') return [];
  const out: KubeObject[] = [];
  const seen = new Set<KubeObject>();
  const visit = (name: string, depth: number) => {
    for (const role of clusterRolesByName(ctx).get(name) ?? []) {
      if (seen.has(role)) continue;
      seen.add(role);
      out.push(role);
      const selectors = getPath(role.body, ['aggregationRule', 'clusterRoleSelectors']);
      if (!Array.isArray(selectors) || depth > 4) continue;
      for (const other of ctx.byKind('ClusterRole')) {
        const labels = labelsOf(getPath(other.body, ['metadata', 'labels']));
        if (selectors.some((s) => asObject(s) !== undefined && labelSelectorSelects(asObject(s)!, labels))) visit(other.name, depth + 1);
      }
    }
  };
  visit(ref.name, 0);
  return out;
}
