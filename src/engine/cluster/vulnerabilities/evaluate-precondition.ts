import type { ResourceRef } from '../../finding.js';
import type { ClusterSnapshot } from '../../inputs/cluster-snapshot.js';
import { asArray, asObject, asString, getPath, type JsonObject } from '../../inputs/kube-object.js';
import type { PreconditionId } from '../../vulndb/precondition-id.js';
import type { ComponentInstance } from './component-instance.js';
import { isWindowsNode } from './find-component-instances.js';
import { commandLineOf, containersOf, labelsOf, namespaceOf, objectsOfKind, podSpecOf, refOf } from './snapshot-objects.js';

export interface PreconditionResult {
  readonly status: 'met' | 'not_met' | 'unknown';
  readonly reason: string;
  /** When met: the resources that make it so (narrows the finding, e.g. to Windows nodes). */
  readonly resources?: readonly ResourceRef[];
}

const POD_HOLDERS = ['Pod', 'Deployment', 'DaemonSet', 'StatefulSet', 'Job', 'CronJob', 'ReplicaSet', 'ReplicationController'];

/** Decides one exploitability precondition against the snapshot, for one component instance. */
export function evaluatePrecondition(id: PreconditionId, snapshot: ClusterSnapshot, instance: ComponentInstance): PreconditionResult {
  switch (id) {
    case 'windows_node': return windowsNodes(snapshot, instance);
    case 'git_repo_volume':
      return podsWhere(snapshot, 'a gitRepo volume', (spec) => asArray(spec.volumes).some((v) => asObject(v)?.gitRepo !== undefined));
    case 'seccomp_localhost_profile':
      return podsWhere(snapshot, 'a Localhost seccomp profile', (spec, obj) => usesLocalhostSeccomp(spec, obj));
    case 'image_policy_webhook': return admissionPlugin(snapshot, (p) => p.includes('ImagePolicyWebhook'), 'ImagePolicyWebhook is enabled');
    case 'node_restriction_without_owner_reference_enforcement':
      return admissionPlugin(snapshot, (p) => p.includes('NodeRestriction') && !p.includes('OwnerReferencesPermissionEnforcement'),
        'NodeRestriction is enabled without OwnerReferencesPermissionEnforcement');
    case 'enforce_mountable_secrets': return enforcedServiceAccounts(snapshot);
    case 'ingress_nginx_admission_webhook': return ingressNginxWebhook(snapshot);
    case 'kubelet_read_only_port': return kubeletReadOnlyPort(snapshot, instance);
  }
}

function unreadable(snapshot: ClusterSnapshot, resource: string): string | undefined {
  return snapshot.unreadable.find((u) => u.resource === resource || u.resource.startsWith(`${resource}.`))?.reason;
}

function windowsNodes(snapshot: ClusterSnapshot, instance: ComponentInstance): PreconditionResult {
  const nodes = objectsOfKind(snapshot, 'Node');
  if (nodes.length === 0) return { status: 'unknown', reason: `nodes not readable${suffix(unreadable(snapshot, 'nodes'))}` };
  // A kubelet instance is tied to its nodes; other components depend on any Windows node.
  const scope = instance.component === 'kubelet'
    ? nodes.filter((n) => instance.resources.some((r) => r.kind === 'Node' && r.name === refOf(n).name))
    : nodes;
  const windows = scope.filter(isWindowsNode);
  return windows.length > 0
    ? { status: 'met', reason: `${windows.length} Windows node(s)`, resources: windows.map((n) => ({ kind: 'Node', name: refOf(n).name })) }
    : { status: 'not_met', reason: 'only affects Windows nodes; none run this version' };
}

function podsWhere(snapshot: ClusterSnapshot, what: string, test: (spec: JsonObject, obj: JsonObject) => boolean): PreconditionResult {
  const holders = POD_HOLDERS.flatMap((k) => objectsOfKind(snapshot, k));
  const hits = holders.filter((o) => { const spec = podSpecOf(o); return spec !== undefined && test(spec, o); });
  if (hits.length > 0) return { status: 'met', reason: `${hits.length} workload(s) use ${what}`, resources: hits.map(refOf) };
  const gone = unreadable(snapshot, 'pods');
  if (gone) return { status: 'unknown', reason: `pods unreadable: ${gone}` };
  return { status: 'not_met', reason: `no workload uses ${what}` };
}

function usesLocalhostSeccomp(spec: JsonObject, obj: JsonObject): boolean {
  const isLocal = (sc: JsonObject | undefined) => asString(getPath(sc, ['seccompProfile', 'type'])) === 'Localhost';
  if (isLocal(asObject(spec.securityContext))) return true;
  if (containersOf(obj).some((c) => isLocal(asObject(c.securityContext)))) return true;
  const annotations = asObject(getPath(obj, ['metadata', 'annotations'])) ?? {};
  return Object.entries(annotations).some(([k, v]) => k.startsWith('seccomp.security.alpha.kubernetes.io/') && typeof v === 'string' && v.startsWith('localhost/'));
}

/** Admission plugins from the visible kube-apiserver static pod, or undefined when not visible. */
export function enabledAdmissionPlugins(snapshot: ClusterSnapshot): string[] | undefined {
  const pod = objectsOfKind(snapshot, 'Pod').find((p) => namespaceOf(p) === 'kube-system' && labelsOf(p).component === 'kube-apiserver');
  const container = pod ? containersOf(pod).find((c) => commandLineOf(c).some((a) => a.includes('kube-apiserver'))) : undefined;
  if (!container) return undefined;
  const args = commandLineOf(container);
  const plugins: string[] = [];
  args.forEach((arg, i) => {
    if (arg.startsWith('--enable-admission-plugins=')) plugins.push(...arg.slice(arg.indexOf('=') + 1).split(','));
    else if (arg === '--enable-admission-plugins' && args[i + 1] !== undefined) plugins.push(...(args[i + 1] as string).split(','));
  });
  // None of the plugins tested here is enabled by default, so the flag alone decides.
  return plugins.map((p) => p.trim()).filter((p) => p !== '');
}

function admissionPlugin(snapshot: ClusterSnapshot, test: (plugins: string[]) => boolean, meaning: string): PreconditionResult {
  const plugins = enabledAdmissionPlugins(snapshot);
  if (plugins === undefined) return { status: 'unknown', reason: 'API server flags not visible (managed control plane or pods unreadable)' };
  return test(plugins) ? { status: 'met', reason: meaning } : { status: 'not_met', reason: `API server flags: not the case that ${meaning}` };
}

function enforcedServiceAccounts(snapshot: ClusterSnapshot): PreconditionResult {
  const sas = objectsOfKind(snapshot, 'ServiceAccount');
  const hits = sas.filter((s) => getPath(s, ['metadata', 'annotations', 'kubernetes.io/enforce-mountable-secrets']) === 'true');
  if (hits.length > 0) return { status: 'met', reason: `${hits.length} service account(s) enforce mountable secrets`, resources: hits.map(refOf) };
  const gone = unreadable(snapshot, 'serviceaccounts');
  return gone ? { status: 'unknown', reason: `service accounts unreadable: ${gone}` } : { status: 'not_met', reason: 'no service account enforces mountable secrets' };
}

function ingressNginxWebhook(snapshot: ClusterSnapshot): PreconditionResult {
  const hooks = objectsOfKind(snapshot, 'ValidatingWebhookConfiguration').filter((w) =>
    refOf(w).name.includes('ingress-nginx') ||
    asArray(w.webhooks).some((h) => (asString(getPath(h, ['clientConfig', 'service', 'name'])) ?? '').includes('ingress-nginx')));
  if (hooks.length > 0) return { status: 'met', reason: 'the ingress-nginx validating webhook is installed', resources: hooks.map(refOf) };
  const gone = unreadable(snapshot, 'validatingwebhookconfigurations');
  return gone ? { status: 'unknown', reason: `webhook configurations unreadable: ${gone}` } : { status: 'not_met', reason: 'no ingress-nginx validating webhook is installed' };
}

function kubeletReadOnlyPort(snapshot: ClusterSnapshot, instance: ComponentInstance): PreconditionResult {
  const nodes = instance.resources.filter((r) => r.kind === 'Node').map((r) => r.name);
  const open: ResourceRef[] = [];
  let unknown = 0;
  for (const name of nodes) {
    const cfg = snapshot.kubeletConfigs[name];
    if (!cfg) { unknown++; continue; }
    const port = getPath(cfg, ['kubeletconfig', 'readOnlyPort']) ?? getPath(cfg, ['readOnlyPort']);
    if (typeof port === 'number' && port > 0) open.push({ kind: 'Node', name });
  }
  if (open.length > 0) return { status: 'met', reason: `read-only port open on ${open.length} node(s)`, resources: open };
  if (unknown > 0) return { status: 'unknown', reason: `kubelet configuration not read for ${unknown} node(s)` };
  return { status: 'not_met', reason: 'read-only port disabled on every node' };
}

function suffix(reason: string | undefined): string {
  return reason ? `: ${reason}` : '';
}
