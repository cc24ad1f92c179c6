import type { Grant } from '../../rules/kubernetes/platform/rbac/policy-rules.js';
import type { HeldRule } from './subject-permissions.js';

const g = (apiGroups: string[], resources: string[], verbs: string[]): Grant => ({ apiGroups, resources, verbs });

export const SECRET_READ: readonly Grant[] = [g([''], ['secrets'], ['get', 'list', 'watch'])];
export const POD_EXEC: readonly Grant[] = [g([''], ['pods/exec', 'pods/attach', 'pods/portforward'], ['create', 'get'])];
export const WORKLOAD_CREATE: readonly Grant[] = [
  g([''], ['pods', 'replicationcontrollers'], ['create']),
  g(['apps'], ['deployments', 'daemonsets', 'statefulsets', 'replicasets'], ['create']),
  g(['batch'], ['jobs', 'cronjobs'], ['create']),
];
export const BIND_ESCALATE_IMPERSONATE: readonly Grant[] = [
  g(['', 'authentication.k8s.io'], ['users', 'groups', 'serviceaccounts', 'userextras/*', 'uids'], ['impersonate']),
  g(['rbac.authorization.k8s.io'], ['roles', 'clusterroles'], ['bind', 'escalate']),
];
export const BINDING_WRITE: readonly Grant[] = [g(['rbac.authorization.k8s.io'], ['rolebindings', 'clusterrolebindings'], ['create', 'update', 'patch'])];
export const NODE_PROXY: readonly Grant[] = [g([''], ['nodes/proxy'], ['get', 'create'])];
export const CSR_APPROVAL: readonly Grant[] = [g(['certificates.k8s.io'], ['certificatesigningrequests/approval'], ['update', 'patch'])];
export const WEBHOOK_WRITE: readonly Grant[] = [
  g(['admissionregistration.k8s.io'], ['validatingwebhookconfigurations', 'mutatingwebhookconfigurations'], ['create', 'update', 'patch', 'delete']),
];
export const TOKEN_CREATE: readonly Grant[] = [g([''], ['serviceaccounts/token'], ['create'])];
export const PV_CREATE: readonly Grant[] = [g([''], ['persistentvolumes'], ['create'])];

/** Takeover rights: any of these lets the holder become cluster-admin with a few API calls. */
export const TAKEOVER: readonly Grant[] = [...BIND_ESCALATE_IMPERSONATE, ...BINDING_WRITE, ...NODE_PROXY, ...WEBHOOK_WRITE, ...TOKEN_CREATE];

/** `*` verbs on `*` resources in `*` groups, held cluster-wide: what cluster-admin is. */
export function isClusterAdminEquivalent(h: HeldRule): boolean {
  const r = h.rule;
  return h.namespace === undefined && r.resourceNames.length === 0 && r.apiGroups.includes('*') && r.resources.includes('*') && r.verbs.includes('*');
}

