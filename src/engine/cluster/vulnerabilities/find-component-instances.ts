import type { ResourceRef } from '../../finding.js';
import type { ClusterSnapshot } from '../../inputs/cluster-snapshot.js';
import { asArray, asString, getPath, type JsonObject } from '../../inputs/kube-object.js';
import type { ComponentId } from '../../vulndb/component-id.js';
import type { ComponentGap, ComponentInstance, MatchConfidence } from './component-instance.js';
import { detectDistribution, isVendorDistribution } from './detect-distribution.js';
import { parseImageReference, type ImageReference } from './image-reference.js';
import { parseComponentVersion, type ComponentVersion } from './parse-component-version.js';
import { containersOf, labelsOf, namespaceOf, objectsOfKind, refOf } from './snapshot-objects.js';

export interface ComponentInventory {
  readonly instances: readonly ComponentInstance[];
  /** Components whose version could not be established, with the reason. */
  readonly gaps: readonly ComponentGap[];
}

const CONTROL_PLANE: readonly ComponentId[] = ['kube-controller-manager', 'kube-scheduler', 'etcd'];
const CORE: ReadonlySet<ComponentId> = new Set(['kubernetes', 'kube-apiserver', 'kube-aggregator', 'kube-controller-manager', 'kube-scheduler', 'kubelet', 'kube-proxy']);
const WORKLOADS = ['Deployment', 'DaemonSet', 'StatefulSet'];

/** Add-ons recognised by their image; `path` is matched as a suffix of the repository path. */
const ADDON_IMAGES: ReadonlyArray<{ component: ComponentId; matches: (img: ImageReference) => boolean }> = [
  { component: 'coredns', matches: (i) => i.name === 'coredns' },
  { component: 'ingress-nginx', matches: (i) => i.path.endsWith('ingress-nginx/controller') || i.path.endsWith('ingress-nginx/controller-chroot') || i.path.endsWith('kubernetes-ingress-controller/nginx-ingress-controller') },
  { component: 'secrets-store-csi-driver', matches: (i) => i.path.endsWith('csi-secrets-store/driver') || i.name === 'secrets-store-csi-driver' },
  { component: 'azurefile-csi-driver', matches: (i) => i.name === 'azurefile-csi' },
];

/**
 * Every component version visible in the snapshot (cluster.md §1.5): the API server from
 * `/version`, control-plane parts from kube-system static pods, kubelet and runtime per
 * node, kube-proxy and add-ons from their images. What cannot be seen becomes a gap.
 */
export function findComponentInstances(snapshot: ClusterSnapshot): ComponentInventory {
  const instances: ComponentInstance[] = [];
  const gaps: ComponentGap[] = [];
  const vendorCluster = isVendorDistribution(detectDistribution(snapshot).distribution);
  const confidence = (component: ComponentId, v: ComponentVersion): MatchConfidence =>
    v.vendor !== undefined || (vendorCluster && CORE.has(component)) ? 'vendor_build_may_backport' : 'exact';
  const add = (component: ComponentId, v: ComponentVersion, source: string, resources: ResourceRef[], conf?: MatchConfidence) => {
    const same = instances.find((i) => i.component === component && i.version.raw === v.raw && i.source === source);
    if (same) (same.resources as ResourceRef[]).push(...resources);
    else instances.push({ component, version: v, confidence: conf ?? confidence(component, v), source, resources });
  };
  const unreadable = (resource: string) => snapshot.unreadable.find((u) => u.resource === resource || u.resource.startsWith(`${resource}.`));

  // Control plane: mirror pods of static pods in kube-system, found by kubeadm's `component` label or name.
  const pods = objectsOfKind(snapshot, 'Pod');
  const cpPods = pods.filter((p) => namespaceOf(p) === 'kube-system');
  const podsOf = (name: string) => cpPods.filter((p) => labelsOf(p).component === name || (asString(getPath(p, ['metadata', 'name'])) ?? '').startsWith(`${name}-`));
  const apiserverPods = podsOf('kube-apiserver');

  const gitVersion = snapshot.version?.gitVersion;
  const apiVersion = gitVersion === undefined ? undefined : parseComponentVersion(gitVersion);
  const apiResources = apiserverPods.length > 0 ? apiserverPods.map(refOf) : [{ kind: 'Cluster', name: 'kube-apiserver' }];
  let clusterVersion = apiVersion;
  if (apiVersion) {
    for (const c of ['kubernetes', 'kube-apiserver', 'kube-aggregator'] as const) add(c, apiVersion, 'GET /version', [...apiResources]);
  } else {
    const fromPods = versionsFromPods(apiserverPods, 'kube-apiserver');
    clusterVersion = fromPods[0]?.version;
    for (const g of fromPods) {
      for (const c of ['kubernetes', 'kube-apiserver', 'kube-aggregator'] as const) add(c, g.version, 'kube-apiserver static pod image', [...g.resources]);
    }
    if (fromPods.length === 0) {
      const why = unreadable('version')?.reason ?? (gitVersion !== undefined ? `unrecognised version ${JSON.stringify(gitVersion)}` : 'GET /version was not read');
      for (const c of ['kubernetes', 'kube-apiserver', 'kube-aggregator'] as const) gaps.push({ component: c, reason: why });
    }
  }

  for (const component of CONTROL_PLANE) {
    const found = versionsFromPods(podsOf(component), component);
    for (const g of found) add(component, g.version, `${component} static pod image`, g.resources);
    if (found.length > 0) continue;
    const podsGone = unreadable('pods');
    if (component !== 'etcd' && clusterVersion) {
      // Managed and most self-built control planes run these at the API server's version.
      add(component, clusterVersion, 'GET /version (component not visible)', [{ kind: 'Cluster', name: component }], 'inferred_from_cluster_version');
    } else {
      gaps.push({ component, reason: podsGone ? `pods unreadable: ${podsGone.reason}` : `${component} not visible (managed control plane or external)` });
    }
  }

  // Per node: kubelet and the container runtime (versions skew across node pools).
  const nodes = objectsOfKind(snapshot, 'Node');
  for (const node of nodes) {
    const ref: ResourceRef = { kind: 'Node', name: refOf(node).name };
    const kubelet = asString(getPath(node, ['status', 'nodeInfo', 'kubeletVersion']));
    const kv = kubelet === undefined ? undefined : parseComponentVersion(kubelet);
    if (kv) add('kubelet', kv, 'node.status.nodeInfo.kubeletVersion', [ref]);
    else gaps.push({ component: 'kubelet', reason: `node ${ref.name} reports no readable kubelet version`, resource: ref });
    const runtime = asString(getPath(node, ['status', 'nodeInfo', 'containerRuntimeVersion'])) ?? '';
    const m = /^([a-z-]+):\/\/(.+)$/.exec(runtime);
    const rc = m ? runtimeComponent(m[1] ?? '') : undefined;
    const rv = m?.[2] === undefined ? undefined : parseComponentVersion(m[2]);
    if (rc && rv) add(rc, rv, 'node.status.nodeInfo.containerRuntimeVersion', [ref]);
  }
  if (nodes.length === 0) {
    const why = unreadable('nodes')?.reason ?? 'no nodes in the snapshot';
    gaps.push({ component: 'kubelet', reason: why }, { component: 'containerd', reason: why });
  }

  // kube-proxy: the DaemonSet image; nodeInfo.kubeProxyVersion is deprecated and only mirrored the kubelet.
  const proxySets = objectsOfKind(snapshot, 'DaemonSet').filter((d) => namespaceOf(d) === 'kube-system' && (refOf(d).name === 'kube-proxy' || labelsOf(d)['k8s-app'] === 'kube-proxy'));
  const proxies = versionsFromPods(proxySets, 'kube-proxy');
  for (const g of proxies) add('kube-proxy', g.version, 'kube-proxy DaemonSet image', g.resources);
  if (proxies.length === 0) gaps.push({ component: 'kube-proxy', reason: unreadable('daemonsets') ? `daemonsets unreadable: ${unreadable('daemonsets')?.reason}` : 'no kube-proxy DaemonSet found (the CNI may replace it)' });

  // Add-ons: read from controllers, plus pods nobody controls; all pods when a controller
  // kind was unreadable (the pods are then the only place the image is visible).
  const workloads = WORKLOADS.flatMap((k) => objectsOfKind(snapshot, k));
  const controllersHidden = ['deployments', 'daemonsets', 'statefulsets'].some((r) => unreadable(r) !== undefined);
  const holders = [...workloads, ...pods.filter((p) => controllersHidden || !hasController(p))];
  for (const obj of holders) {
    for (const c of containersOf(obj)) {
      const image = asString(c.image);
      if (image === undefined) continue;
      const ref = parseImageReference(image);
      for (const addon of ADDON_IMAGES) {
        if (!addon.matches(ref)) continue;
        const raw = ref.tag ?? labelsOf(obj)['app.kubernetes.io/version'];
        const v = raw === undefined ? undefined : parseComponentVersion(raw);
        if (v) add(addon.component, v, `image ${image}`, [refOf(obj)]);
        else gaps.push({ component: addon.component, reason: `no version in image ${image}`, resource: refOf(obj) });
      }
      // kube-dns advisories are stated in Kubernetes release versions, not kube-dns image tags.
      if (/^k8s-dns-(kube-dns|dnsmasq)/.test(ref.name) && clusterVersion) {
        add('kube-dns', clusterVersion, 'GET /version (kube-dns present)', [refOf(obj)], 'inferred_from_cluster_version');
      }
    }
  }

  if (nodes.some((n) => isWindowsNode(n))) gaps.push({ component: 'csi-proxy', reason: 'csi-proxy runs on Windows hosts outside the cluster API' });
  for (const c of ['kubectl', 'client-go'] as const) gaps.push({ component: c, reason: 'client-side; not observable from the cluster API' });
  return { instances, gaps };
}

function hasController(obj: JsonObject): boolean {
  return asArray(getPath(obj, ['metadata', 'ownerReferences'])).some((o) => getPath(o, ['controller']) === true);
}

function runtimeComponent(scheme: string): ComponentId | undefined {
  if (scheme === 'containerd') return 'containerd';
  if (scheme === 'cri-o') return 'cri-o';
  if (scheme === 'docker') return 'docker';
  return undefined;
}

export function isWindowsNode(node: JsonObject): boolean {
  return asString(getPath(node, ['status', 'nodeInfo', 'operatingSystem'])) === 'windows' || labelsOf(node)['kubernetes.io/os'] === 'windows';
}

/**
 * Versions of the containers whose image is named like the component, grouped by
 * version (control-plane replicas differ during an upgrade).
 */
function versionsFromPods(objs: readonly JsonObject[], imageName: string): { version: ComponentVersion; resources: ResourceRef[] }[] {
  const groups = new Map<string, { version: ComponentVersion; resources: ResourceRef[] }>();
  for (const obj of objs) {
    for (const c of containersOf(obj)) {
      const image = asString(c.image);
      const ref = image === undefined ? undefined : parseImageReference(image);
      if (!ref || ref.tag === undefined || !ref.name.startsWith(imageName)) continue;
      const v = parseComponentVersion(ref.tag);
      if (!v) continue;
      const g = groups.get(v.raw) ?? { version: v, resources: [] };
      g.resources.push(refOf(obj));
      groups.set(v.raw, g);
      break;
    }
  }
  return [...groups.values()];
}
