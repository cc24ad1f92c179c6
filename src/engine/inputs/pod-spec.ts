import type { PathSegment } from '../../domain/source-range.js';
import type { JsonObject, JsonValue, KubeObject } from './kube-object.js';
import { asObject, getPath } from './kube-object.js';

/** Where the pod spec lives, by workload kind. */
const POD_SPEC_PATHS: Record<string, readonly PathSegment[]> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  DeploymentConfig: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

export const WORKLOAD_KINDS: readonly string[] = Object.keys(POD_SPEC_PATHS);

/** Where a kind keeps its pod spec (undefined for kinds that hold no pods); for raw snapshot objects too. */
export function podSpecPathOf(kind: string): readonly PathSegment[] | undefined {
  return Object.prototype.hasOwnProperty.call(POD_SPEC_PATHS, kind) ? POD_SPEC_PATHS[kind] : undefined;
}

export interface PodSpecRef {
  readonly path: readonly PathSegment[];
  readonly spec: JsonObject;
  /** Path of the pod template's metadata (or the Pod's own metadata). */
  readonly metadataPath: readonly PathSegment[];
  readonly metadata: JsonObject | undefined;
}

export type ContainerType = 'container' | 'initContainer' | 'ephemeralContainer';

const CONTAINER_LISTS: ReadonlyArray<readonly [string, ContainerType]> = [
  ['containers', 'container'],
  ['initContainers', 'initContainer'],
  ['ephemeralContainers', 'ephemeralContainer'],
];

// Kubernetes copies these pod-level securityContext fields into each container that does not
// set them; every other container field (privileged, capabilities, readOnlyRootFilesystem,
// allowPrivilegeEscalation, procMount) has no pod-level counterpart and is never inherited.
const INHERITED_FIELDS = new Set([
  'runAsUser', 'runAsGroup', 'runAsNonRoot', 'seLinuxOptions', 'seccompProfile', 'appArmorProfile', 'windowsOptions',
]);

export interface EffectiveSecurityContext {
  /** The value Kubernetes applies to the container: the container's own, else the inherited pod value. */
  get(field: string): JsonValue | undefined;
  /**
   * Where the effective value is written; for an unset field, where it should be written
   * (the container's `securityContext.<field>`, which locate() maps to the nearest parent).
   */
  pathOf(field: string): PathSegment[];
  /** True when the value comes from the pod-level securityContext. */
  isInherited(field: string): boolean;
}

export interface ContainerRef {
  readonly name: string;
  readonly type: ContainerType;
  readonly index: number;
  readonly path: readonly PathSegment[];
  readonly spec: JsonObject;
  readonly pod: PodSpecRef;
  readonly securityContext: EffectiveSecurityContext;
}

const podSpecCache = new WeakMap<KubeObject, PodSpecRef | null>();

/** The pod spec of a workload (computed once per object, like containersOf). */
export function podSpecOf(obj: KubeObject): PodSpecRef | undefined {
  const cached = podSpecCache.get(obj);
  if (cached !== undefined) return cached ?? undefined;
  const ref = findPodSpec(obj);
  podSpecCache.set(obj, ref ?? null);
  return ref;
}

function findPodSpec(obj: KubeObject): PodSpecRef | undefined {
  const path = POD_SPEC_PATHS[obj.kind];
  if (!path) return undefined;
  const spec = asObject(getPath(obj.body, path));
  if (!spec) return undefined;
  const metadataPath = obj.kind === 'Pod' ? ['metadata'] : [...path.slice(0, -1), 'metadata'];
  return { path, spec, metadataPath, metadata: asObject(getPath(obj.body, metadataPath)) };
}

function effectiveSecurityContext(pod: PodSpecRef, containerPath: readonly PathSegment[], container: JsonObject): EffectiveSecurityContext {
  const own = asObject(container['securityContext']);
  const podSc = asObject(pod.spec['securityContext']);
  const ownHas = (f: string) => own !== undefined && own[f] !== undefined && own[f] !== null;
  const podHas = (f: string) => INHERITED_FIELDS.has(f) && podSc !== undefined && podSc[f] !== undefined && podSc[f] !== null;
  return {
    get(field) {
      if (ownHas(field)) return own![field];
      if (podHas(field)) return podSc![field];
      return undefined;
    },
    pathOf(field) {
      if (!ownHas(field) && podHas(field)) return [...pod.path, 'securityContext', field];
      return [...containerPath, 'securityContext', field];
    },
    isInherited(field) {
      return !ownHas(field) && podHas(field);
    },
  };
}

// Most rules start with containersOf(obj); objects are immutable, so the answer is computed once
// per object instead of once per rule (the scan runs 100+ rules over every object).
const containerCache = new WeakMap<KubeObject, ContainerRef[]>();

/**
 * Every container of a workload: containers, initContainers and ephemeralContainers, in that
 * order. The array is shared between callers: treat it as read-only.
 */
export function containersOf(obj: KubeObject): ContainerRef[] {
  const cached = containerCache.get(obj);
  if (cached) return cached;
  const refs = collectContainers(obj);
  containerCache.set(obj, refs);
  return refs;
}

function collectContainers(obj: KubeObject): ContainerRef[] {
  const pod = podSpecOf(obj);
  if (!pod) return [];
  const out: ContainerRef[] = [];
  for (const [listKey, type] of CONTAINER_LISTS) {
    const list = pod.spec[listKey];
    if (!Array.isArray(list)) continue;
    list.forEach((item, index) => {
      const spec = asObject(item);
      if (!spec) return;
      const path = [...pod.path, listKey, index];
      const name = typeof spec['name'] === 'string' ? spec['name'] : `${listKey}[${index}]`;
      out.push({ name, type, index, path, spec, pod, securityContext: effectiveSecurityContext(pod, path, spec) });
    });
  }
  return out;
}
