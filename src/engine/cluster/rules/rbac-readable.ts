import type { ClusterView } from '../cluster-view.js';

const RBAC_LISTS = ['clusterroles', 'clusterrolebindings', 'roles', 'rolebindings'].map((r) => `${r}.rbac.authorization.k8s.io`);

/** Why RBAC cannot be judged from this snapshot, or undefined when every RBAC list was read. */
export function rbacUnreadable(view: ClusterView): string | undefined {
  for (const r of RBAC_LISTS) {
    const reason = view.unreadable(r);
    if (reason !== undefined) return `${r} could not be read: ${reason}`;
  }
  return undefined;
}
