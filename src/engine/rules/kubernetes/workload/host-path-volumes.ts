import type { PathSegment } from '../../../../domain/source-range.js';
import type { JsonObject, KubeObject } from '../../../inputs/kube-object.js';
import { asArray, asObject, asString } from '../../../inputs/kube-object.js';
import type { ContainerRef } from '../../../inputs/pod-spec.js';
import { containersOf, podSpecOf } from '../../../inputs/pod-spec.js';

export interface VolumeMountRef {
  readonly container: ContainerRef;
  readonly mount: JsonObject;
  readonly path: readonly PathSegment[];
}

export interface HostPathVolume {
  readonly name: string;
  /** The host path with trailing slashes removed (`/` stays `/`). */
  readonly hostPath: string;
  readonly type: string | undefined;
  /** Path of the volume's `hostPath` key. */
  readonly path: readonly PathSegment[];
  /** Every container volumeMount that mounts this volume. */
  readonly mounts: readonly VolumeMountRef[];
}

export function normalizeHostPath(raw: string): string {
  const collapsed = raw.trim().replace(/\/+/g, '/');
  return collapsed.length > 1 ? collapsed.replace(/\/$/, '') : collapsed;
}

/** All volumeMounts of every container of a workload. */
export function volumeMountsOf(obj: KubeObject): VolumeMountRef[] {
  const out: VolumeMountRef[] = [];
  for (const container of containersOf(obj)) {
    asArray(container.spec['volumeMounts']).forEach((m, i) => {
      const mount = asObject(m);
      if (mount) out.push({ container, mount, path: [...container.path, 'volumeMounts', i] });
    });
  }
  return out;
}

// Seven host-path rules walk the same volumes; objects are immutable, so once per object.
const hostPathCache = new WeakMap<KubeObject, readonly HostPathVolume[]>();

/** hostPath volumes of a workload with the mounts using them; shared: treat as read-only. */
export function hostPathVolumesOf(obj: KubeObject): readonly HostPathVolume[] {
  let volumes = hostPathCache.get(obj);
  if (!volumes) {
    volumes = readHostPathVolumes(obj);
    hostPathCache.set(obj, volumes);
  }
  return volumes;
}

function readHostPathVolumes(obj: KubeObject): HostPathVolume[] {
  const pod = podSpecOf(obj);
  if (!pod) return [];
  const mounts = volumeMountsOf(obj);
  const out: HostPathVolume[] = [];
  asArray(pod.spec['volumes']).forEach((v, i) => {
    const volume = asObject(v);
    const hostPath = asObject(volume?.['hostPath']);
    const raw = asString(hostPath?.['path']);
    if (!volume || !hostPath || raw === undefined) return;
    const name = asString(volume['name']) ?? `volumes[${i}]`;
    out.push({
      name,
      hostPath: normalizeHostPath(raw),
      type: asString(hostPath['type']),
      path: [...pod.path, 'volumes', i, 'hostPath'],
      mounts: mounts.filter((m) => m.mount['name'] === name),
    });
  });
  return out;
}

// Host locations whose exposure lets a container read credentials, tamper with the node's
// boot chain or binaries, or reach the container runtime and kubelet state.
const SENSITIVE_HOST_PATHS = [
  '/boot', '/dev', '/etc', '/lib', '/lib64', '/proc', '/root', '/sys', '/usr', '/bin', '/sbin', '/run', '/var/run',
  '/var/lib/docker', '/var/lib/containerd', '/var/lib/kubelet', '/var/lib/etcd', '/etc/kubernetes',
];

/** `/` itself, or one of the sensitive directories or anything below it. */
export function isSensitiveHostPath(hostPath: string): boolean {
  if (hostPath === '/') return true;
  return SENSITIVE_HOST_PATHS.some((p) => hostPath === p || hostPath.startsWith(`${p}/`));
}
