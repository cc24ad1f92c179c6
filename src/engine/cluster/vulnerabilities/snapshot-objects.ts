import type { ResourceRef } from '../../finding.js';
import type { ClusterSnapshot } from '../../inputs/cluster-snapshot.js';
import { asArray, asObject, asString, getPath, type JsonObject } from '../../inputs/kube-object.js';
import { podSpecPathOf } from '../../inputs/pod-spec.js';

// Snapshots are immutable, so the by-kind index is built once per snapshot and shared by
// every CVE's precondition check (a filter per call was a full pass per CVE).
const byKindIndex = new WeakMap<readonly JsonObject[], Map<string, JsonObject[]>>();

/** Read-only views over a snapshot's raw objects, as the vulnerability scan needs them. */
export function objectsOfKind(snapshot: ClusterSnapshot, kind: string): readonly JsonObject[] {
  let index = byKindIndex.get(snapshot.objects);
  if (!index) {
    index = new Map();
    for (const obj of snapshot.objects) {
      const k = typeof obj.kind === 'string' ? obj.kind : '';
      const list = index.get(k);
      if (list) list.push(obj);
      else index.set(k, [obj]);
    }
    byKindIndex.set(snapshot.objects, index);
  }
  return index.get(kind) ?? [];
}

export function refOf(obj: JsonObject): ResourceRef {
  const namespace = asString(getPath(obj, ['metadata', 'namespace']));
  const uid = asString(getPath(obj, ['metadata', 'uid']));
  return {
    kind: asString(obj.kind) ?? 'Unknown',
    name: asString(getPath(obj, ['metadata', 'name'])) ?? '',
    ...(namespace !== undefined ? { namespace } : {}),
    ...(uid !== undefined ? { uid } : {}),
  };
}

export function labelsOf(obj: JsonObject): Readonly<Record<string, string>> {
  const labels = asObject(getPath(obj, ['metadata', 'labels'])) ?? {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(labels)) if (typeof v === 'string') out[k] = v;
  return out;
}

export function namespaceOf(obj: JsonObject): string | undefined {
  return asString(getPath(obj, ['metadata', 'namespace']));
}

export function podSpecOf(obj: JsonObject): JsonObject | undefined {
  const path = podSpecPathOf(asString(obj.kind) ?? '');
  return path ? asObject(getPath(obj, path)) : undefined;
}

/** Every container of the object's pod spec (init and regular), as raw objects. */
export function containersOf(obj: JsonObject): JsonObject[] {
  const spec = podSpecOf(obj);
  if (!spec) return [];
  return [...asArray(spec.initContainers), ...asArray(spec.containers)].flatMap((c) => {
    const o = asObject(c);
    return o ? [o] : [];
  });
}

/** Arguments of a container as one list: command then args. */
export function commandLineOf(container: JsonObject): string[] {
  return [...asArray(container.command), ...asArray(container.args)].filter((x): x is string => typeof x === 'string');
}
