import type { PathSegment } from '../../../../domain/source-range.js';
import { asArray, asObject, getPath } from '../../../inputs/kube-object.js';
import type { ContainerRef } from '../../../inputs/pod-spec.js';

export interface CapabilityEntry {
  /** Upper-case name without the `CAP_` prefix, as the runtime interprets it. */
  readonly name: string;
  readonly path: readonly PathSegment[];
}

export interface ContainerCapabilities {
  readonly add: readonly CapabilityEntry[];
  readonly drop: readonly CapabilityEntry[];
  /** `securityContext.capabilities.add` (or where it would go). */
  readonly addPath: readonly PathSegment[];
  readonly dropPath: readonly PathSegment[];
}

// Runtimes accept `sys_admin` and `CAP_SYS_ADMIN` alike, so a rule comparing raw strings
// would miss the spellings attackers and copy-pasted manifests actually use.
export function normalizeCapability(raw: string): string {
  const upper = raw.trim().toUpperCase();
  return upper.startsWith('CAP_') ? upper.slice(4) : upper;
}

// A dozen capability rules ask about every container; container refs are cached per object
// (containersOf), so the parsed lists are computed once per container per scan.
const capabilitiesCache = new WeakMap<ContainerRef, ContainerCapabilities>();

/** Capabilities are a container-only field: nothing is inherited from the pod. Shared: treat as read-only. */
export function capabilitiesOf(c: ContainerRef): ContainerCapabilities {
  let caps = capabilitiesCache.get(c);
  if (!caps) {
    caps = readCapabilities(c);
    capabilitiesCache.set(c, caps);
  }
  return caps;
}

function readCapabilities(c: ContainerRef): ContainerCapabilities {
  const capsPath = [...c.path, 'securityContext', 'capabilities'];
  const caps = asObject(getPath(c.spec, ['securityContext', 'capabilities']));
  const list = (key: 'add' | 'drop'): CapabilityEntry[] =>
    asArray(caps?.[key]).flatMap((v, i) => (typeof v === 'string' ? [{ name: normalizeCapability(v), path: [...capsPath, key, i] }] : []));
  return { add: list('add'), drop: list('drop'), addPath: [...capsPath, 'add'], dropPath: [...capsPath, 'drop'] };
}

/** True when `name` is effectively granted by the add list (`ALL` grants everything). */
export function addsCapability(caps: ContainerCapabilities, name: string): CapabilityEntry | undefined {
  return caps.add.find((e) => e.name === name || e.name === 'ALL');
}

/** True when `name` is removed by the drop list (`ALL` removes everything). */
export function dropsCapability(caps: ContainerCapabilities, name: string): boolean {
  return caps.drop.some((e) => e.name === name || e.name === 'ALL');
}
