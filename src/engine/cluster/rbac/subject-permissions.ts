import type { KubeObject } from '../../inputs/kube-object.js';
import { asArray, asObject, asString, getPath } from '../../inputs/kube-object.js';
import type { Grant, PolicyRule } from '../../rules/kubernetes/platform/rbac/policy-rules.js';
import { isBootstrapRole, policyRulesOf, ruleGrants } from '../../rules/kubernetes/platform/rbac/policy-rules.js';
import { labelSelectorSelects, labelsOf } from '../../rules/kubernetes/platform/shared/label-selector.js';
import type { RbacSubject } from './rbac-subject.js';
import { subjectKey } from './rbac-subject.js';

/** One permission a subject holds, and through which binding and role. */
export interface HeldRule {
  readonly rule: PolicyRule;
  /** Namespace the rule applies in; undefined for cluster-wide (ClusterRoleBinding). */
  readonly namespace: string | undefined;
  readonly binding: KubeObject;
  readonly roleKind: string;
  readonly roleName: string;
  /** Shipped with Kubernetes or named `system:*` (a default a cluster cannot do without). */
  readonly defaultBinding: boolean;
}

export interface SubjectPermissions {
  readonly subject: RbacSubject;
  readonly rules: HeldRule[];
}

export interface RbacIndex {
  readonly subjects: ReadonlyMap<string, SubjectPermissions>;
  /** Every rule the identity holds, directly or through the groups Kubernetes puts it in. */
  rulesOfServiceAccount(namespace: string, name: string): HeldRule[];
  /** Bindings whose roleRef names a role absent from the snapshot. */
  readonly danglingBindings: readonly KubeObject[];
}

// The one default binding whose name lacks the prefix: system:masters → cluster-admin.
function isDefaultBinding(binding: KubeObject): boolean {
  return isBootstrapRole(binding) || binding.name.startsWith('system:') || (binding.kind === 'ClusterRoleBinding' && binding.name === 'cluster-admin');
}

function subjectsOf(binding: KubeObject): RbacSubject[] {
  return asArray(binding.body['subjects']).flatMap((item): RbacSubject[] => {
    const s = asObject(item);
    const kind = asString(s?.['kind']);
    const name = asString(s?.['name']);
    if (name === undefined) return [];
    if (kind === 'ServiceAccount') return [{ kind, name, namespace: asString(s?.['namespace']) ?? binding.namespace ?? 'default' }];
    return kind === 'User' || kind === 'Group' ? [{ kind, name }] : [];
  });
}

/**
 * Resolves who can do what: every RoleBinding and ClusterRoleBinding is followed to its
 * role, and aggregated ClusterRoles are expanded through their label selectors (a live
 * server fills their rules in already; expanding again only matters for snapshots taken
 * before the controller caught up). Built once per scan: linear in bindings + roles.
 */
export function buildRbacIndex(byKind: (kind: string) => readonly KubeObject[]): RbacIndex {
  const clusterRoles = new Map<string, KubeObject>();
  for (const r of byKind('ClusterRole')) clusterRoles.set(r.name, r);
  const roles = new Map<string, KubeObject>();
  for (const r of byKind('Role')) roles.set(`${r.namespace ?? ''}/${r.name}`, r);
  const expanded = new Map<string, PolicyRule[]>();

  const clusterRoleRules = (name: string, seen: Set<string> = new Set()): PolicyRule[] | undefined => {
    const cached = expanded.get(name);
    if (cached) return cached;
    const role = clusterRoles.get(name);
    if (!role) return undefined;
    seen.add(name);
    const out = [...policyRulesOf(role)];
    const selectors = asArray(getPath(role.body, ['aggregationRule', 'clusterRoleSelectors']));
    if (selectors.length > 0) {
      for (const other of clusterRoles.values()) {
        if (seen.has(other.name)) continue;
        const labels = labelsOf(getPath(other.body, ['metadata', 'labels']));
        if (selectors.some((s) => { const o = asObject(s); return o !== undefined && labelSelectorSelects(o, labels); })) {
          out.push(...(clusterRoleRules(other.name, seen) ?? []));
        }
      }
    }
    expanded.set(name, out);
    return out;
  };

  const subjects = new Map<string, SubjectPermissions>();
  const dangling: KubeObject[] = [];
  for (const binding of [...byKind('ClusterRoleBinding'), ...byKind('RoleBinding')]) {
    const ref = asObject(binding.body['roleRef']);
    const roleKind = asString(ref?.['kind']) ?? '';
    const roleName = asString(ref?.['name']) ?? '';
    const rules = roleKind === 'ClusterRole' ? clusterRoleRules(roleName)
      : roleKind === 'Role' ? (() => { const r = roles.get(`${binding.namespace ?? ''}/${roleName}`); return r ? policyRulesOf(r) : undefined; })()
        : undefined;
    if (rules === undefined) {
      dangling.push(binding);
      continue;
    }
    const namespace = binding.kind === 'RoleBinding' ? binding.namespace ?? 'default' : undefined;
    const defaultBinding = isDefaultBinding(binding);
    for (const subject of subjectsOf(binding)) {
      const key = subjectKey(subject);
      let entry = subjects.get(key);
      if (!entry) subjects.set(key, entry = { subject, rules: [] });
      for (const rule of rules) entry.rules.push({ rule, namespace, binding, roleKind, roleName, defaultBinding });
    }
  }

  const groupRules = (name: string) => subjects.get(subjectKey({ kind: 'Group', name }))?.rules ?? [];
  return {
    subjects,
    danglingBindings: dangling,
    rulesOfServiceAccount(namespace, name) {
      return [
        ...(subjects.get(subjectKey({ kind: 'ServiceAccount', name, namespace }))?.rules ?? []),
        ...groupRules('system:serviceaccounts'),
        ...groupRules(`system:serviceaccounts:${namespace}`),
        ...groupRules('system:authenticated'),
      ];
    },
  };
}

/** The held rules granting any of `grants`, in the given namespace (or anywhere when undefined). */
export function rulesGranting(held: readonly HeldRule[], grants: readonly Grant[]): HeldRule[] {
  return held.filter((h) => h.rule.resourceNames.length === 0 && grants.some((g) => ruleGrants(h.rule, g)));
}
