import type { KubeObject } from '../../../inputs/kube-object.js';
import { podSpecOf, WORKLOAD_KINDS } from '../../../inputs/pod-spec.js';
import type { KubeRuleContext } from '../../define-rule.js';
import { namespaceOf, serviceAccountOf } from './pod-service-account.js';

// Cross-object rules run once per object; looking references up by scanning the whole set each
// time is quadratic and takes minutes on a large cluster. These indexes are built once per scan
// and memoised on the context object itself (weakly, so they die with the scan); they are pure
// functions of the scan set, so the memo cannot change any result.
const namedIndexes = new WeakMap<KubeRuleContext, Map<string, Map<string, KubeObject>>>();
const accountUsers = new WeakMap<KubeRuleContext, Map<string, KubeObject[]>>();

const key = (namespace: string, name: string) => `${namespace}\u0000${name}`;

/** The object of `kind` named `name` in `namespace` (objects without a namespace count as `default`). */
export function findNamed(ctx: KubeRuleContext, kind: string, namespace: string, name: string): KubeObject | undefined {
  let perKind = namedIndexes.get(ctx);
  if (!perKind) {
    perKind = new Map();
    namedIndexes.set(ctx, perKind);
  }
  let index = perKind.get(kind);
  if (!index) {
    index = new Map();
    // A duplicate name in one scan is a conflict either way; any one of them proves existence.
    for (const obj of ctx.byKind(kind)) if (!index.has(key(namespaceOf(obj), obj.name))) index.set(key(namespaceOf(obj), obj.name), obj);
    perKind.set(kind, index);
  }
  return index.get(key(namespace, name));
}

// Live pods are created by their controllers and inherit the controller's account; counting
// them would make every Deployment "share" its account with its own pods.
export function isTopLevel(obj: KubeObject): boolean {
  const metadata = obj.body['metadata'];
  const owners = typeof metadata === 'object' && metadata !== null && !Array.isArray(metadata) ? metadata['ownerReferences'] : undefined;
  return !Array.isArray(owners) || owners.length === 0;
}

/** Top-level workloads that explicitly name a service account, grouped by namespace and account. */
export function workloadsUsingAccount(ctx: KubeRuleContext, namespace: string, account: string): readonly KubeObject[] {
  let users = accountUsers.get(ctx);
  if (!users) {
    users = new Map();
    for (const obj of WORKLOAD_KINDS.flatMap((kind) => ctx.byKind(kind))) {
      const pod = podSpecOf(obj);
      if (!pod || !isTopLevel(obj)) continue;
      const sa = serviceAccountOf(pod);
      if (!sa.explicit) continue;
      const k = key(namespaceOf(obj), sa.name);
      const list = users.get(k);
      if (list) list.push(obj);
      else users.set(k, [obj]);
    }
    accountUsers.set(ctx, users);
  }
  return users.get(key(namespace, account)) ?? [];
}
