import type { PathSegment } from '../../../../../domain/source-range.js';
import type { JsonValue, KubeObject } from '../../../../inputs/kube-object.js';
import { asArray, asObject } from '../../../../inputs/kube-object.js';

/** One entry of a Role/ClusterRole `rules` list, with its lists normalised to strings. */
export interface PolicyRule {
  readonly index: number;
  readonly path: readonly PathSegment[];
  readonly apiGroups: readonly string[];
  readonly resources: readonly string[];
  readonly verbs: readonly string[];
  readonly resourceNames: readonly string[];
  readonly nonResourceURLs: readonly string[];
}

/** What a permission question asks: any of these groups × resources × verbs. */
export interface Grant {
  readonly apiGroups: readonly string[];
  /** `pods`, or a subresource such as `pods/exec`. */
  readonly resources: readonly string[];
  readonly verbs: readonly string[];
}

const strings = (v: JsonValue | undefined): string[] => asArray(v).filter((x): x is string => typeof x === 'string');

// Twenty-odd RBAC rules read the same role's rules, and binding rules read each bound role
// again: objects are immutable, so the normalised list is built once per object.
const policyRulesCache = new WeakMap<KubeObject, readonly PolicyRule[]>();

/** The role's rules, normalised; shared between callers: treat as read-only. */
export function policyRulesOf(obj: KubeObject): readonly PolicyRule[] {
  let rules = policyRulesCache.get(obj);
  if (!rules) {
    rules = readPolicyRules(obj);
    policyRulesCache.set(obj, rules);
  }
  return rules;
}

function readPolicyRules(obj: KubeObject): PolicyRule[] {
  return asArray(obj.body['rules']).flatMap((item, index) => {
    const r = asObject(item);
    if (!r) return [];
    return [{
      index,
      path: ['rules', index],
      apiGroups: strings(r['apiGroups']),
      resources: strings(r['resources']),
      verbs: strings(r['verbs']),
      resourceNames: strings(r['resourceNames']),
      nonResourceURLs: strings(r['nonResourceURLs']),
    }];
  });
}

// Mirrors the RBAC authorizer: `*` matches every resource and subresource, `*/sub`
// matches that subresource of every resource; `pods` alone never covers `pods/exec`.
function resourceMatches(ruleResource: string, wanted: string): boolean {
  if (ruleResource === '*' || ruleResource === wanted) return true;
  const slash = wanted.indexOf('/');
  return slash > 0 && ruleResource.startsWith('*/') && ruleResource.slice(2) === wanted.slice(slash + 1);
}

export function ruleGrants(rule: PolicyRule, grant: Grant): boolean {
  const groupOk = rule.apiGroups.some((g) => g === '*' || grant.apiGroups.includes(g));
  const resourceOk = rule.resources.some((r) => grant.resources.some((w) => resourceMatches(r, w)));
  const verbOk = rule.verbs.some((v) => v === '*' || grant.verbs.includes(v));
  return groupOk && resourceOk && verbOk;
}

/** The first rule granting any of the asked permissions, for reporting at that entry. */
export function firstGrantingRule(rules: readonly PolicyRule[], grants: readonly Grant[]): PolicyRule | undefined {
  return rules.find((r) => grants.some((g) => ruleGrants(r, g)));
}

/** Verbs that change state; `*` is implied. */
export const WRITE_VERBS = ['create', 'update', 'patch', 'delete', 'deletecollection'] as const;
export const READ_VERBS = ['get', 'list', 'watch'] as const;

/** Roles Kubernetes creates itself carry this label; flagging them on a live cluster is noise. */
export function isBootstrapRole(obj: KubeObject): boolean {
  const labels = asObject(asObject(obj.body['metadata'])?.['labels']);
  return labels?.['kubernetes.io/bootstrapping'] === 'rbac-defaults';
}
