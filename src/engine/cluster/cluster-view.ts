import type { ClusterSnapshot } from '../inputs/cluster-snapshot.js';
import type { KubeObject } from '../inputs/kube-object.js';
import { findControlPlaneFlags, type ComponentFlags, type ControlPlaneComponent } from './benchmark/control-plane-flags.js';
import { toLiveObject } from './live-object.js';
import { buildRbacIndex, type RbacIndex } from './rbac/subject-permissions.js';
import { buildExposureIndex, type ExposureIndex } from './risk/exposure-index.js';
import { selectJudgedObjects, type JudgedObjects } from './risk/select-judged-objects.js';
import { detectDistribution, type DistributionGuess } from './vulnerabilities/detect-distribution.js';

/**
 * Everything the cluster checks read, derived from one snapshot once: live objects, the
 * objects the workload rules judge, RBAC resolved to subjects, exposure, control-plane
 * flags. Indexes are built lazily so a scan of one item pays only for what it uses.
 */
export interface ClusterView {
  readonly snapshot: ClusterSnapshot;
  readonly now: number;
  readonly objects: readonly KubeObject[];
  byKind(kind: string): readonly KubeObject[];
  readonly selection: JudgedObjects;
  readonly rbac: RbacIndex;
  readonly exposure: ExposureIndex;
  readonly controlPlane: ReadonlyMap<ControlPlaneComponent, ComponentFlags>;
  readonly distribution: DistributionGuess;
  /** Provider-run control plane: its flags are neither visible nor the user's to change. */
  readonly managedControlPlane: boolean;
  /** Why a collected resource (`pods`, `clusterrolebindings.rbac.authorization.k8s.io`, …) is missing, if it is. */
  unreadable(resource: string): string | undefined;
}

// Hosted offerings whose control plane the provider runs out of the user's sight.
const MANAGED: ReadonlySet<string> = new Set(['eks', 'gke', 'aks', 'cce']);

function lazy<T>(compute: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) { value = compute(); done = true; }
    return value as T;
  };
}

export function createClusterView(snapshot: ClusterSnapshot, now: number): ClusterView {
  const objects = snapshot.objects.map(toLiveObject);
  const kinds = new Map<string, KubeObject[]>();
  for (const obj of objects) {
    const list = kinds.get(obj.kind);
    if (list) list.push(obj);
    else kinds.set(obj.kind, [obj]);
  }
  const byKind = (kind: string): readonly KubeObject[] => kinds.get(kind) ?? [];
  const unreadable = new Map(snapshot.unreadable.map((u) => [u.resource, u.reason]));
  const selection = lazy(() => selectJudgedObjects(objects));
  const rbac = lazy(() => buildRbacIndex(byKind));
  const exposure = lazy(() => buildExposureIndex(selection().judged, byKind));
  const controlPlane = lazy(() => findControlPlaneFlags(byKind('Pod')));
  const distribution = lazy(() => detectDistribution(snapshot));
  return {
    snapshot, now, objects, byKind,
    get selection() { return selection(); },
    get rbac() { return rbac(); },
    get exposure() { return exposure(); },
    get controlPlane() { return controlPlane(); },
    get distribution() { return distribution(); },
    get managedControlPlane() { return MANAGED.has(distribution().distribution); },
    unreadable: (resource) => unreadable.get(resource) ?? [...unreadable.entries()].find(([k]) => k.startsWith(`${resource}/`))?.[1],
  };
}
