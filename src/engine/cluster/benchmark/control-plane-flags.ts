import type { KubeObject } from '../../inputs/kube-object.js';
import { asArray, asObject, asString } from '../../inputs/kube-object.js';
import { isMirrorPod } from '../risk/workload-owners.js';

export const CONTROL_PLANE_COMPONENTS = ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'etcd'] as const;
export type ControlPlaneComponent = (typeof CONTROL_PLANE_COMPONENTS)[number];

export interface ComponentFlags {
  readonly pod: KubeObject;
  /** Every value given for a flag, in order (`--flag=v`, `--flag v`, bare `--flag` as "true"). */
  readonly flags: ReadonlyMap<string, readonly string[]>;
}

/** The last value of a flag, as the component's flag parser would keep it. */
export function flagValue(c: ComponentFlags, flag: string): string | undefined {
  const values = c.flags.get(flag);
  return values?.[values.length - 1];
}

/** A comma-list flag (`--authorization-mode`, `--enable-admission-plugins`) split into items. */
export function flagList(c: ComponentFlags, flag: string): string[] {
  const v = flagValue(c, flag);
  return v === undefined ? [] : v.split(',').map((x) => x.trim()).filter((x) => x !== '');
}

export function parseFlags(argv: readonly string[]): Map<string, string[]> {
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) continue;
    const eq = arg.indexOf('=');
    let name: string;
    let value: string;
    if (eq > 0) {
      name = arg.slice(2, eq);
      value = arg.slice(eq + 1);
    } else {
      name = arg.slice(2);
      const next = argv[i + 1];
      // `--flag value` form; a following flag means this one is a boolean switch.
      if (next !== undefined && !next.startsWith('-')) { value = next; i++; } else value = 'true';
    }
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return flags;
}

function componentOf(pod: KubeObject, argv: readonly string[]): ControlPlaneComponent | undefined {
  const label = asString(asObject(asObject(pod.body['metadata'])?.['labels'])?.['component']);
  const binary = argv[0]?.split('/').pop();
  for (const c of CONTROL_PLANE_COMPONENTS) if (label === c || binary === c) return c;
  return undefined;
}

/**
 * Flags of the control-plane components visible as static (mirror) pods in kube-system,
 * one entry per component (the first pod found; HA clusters run identical copies).
 */
export function findControlPlaneFlags(pods: readonly KubeObject[]): Map<ControlPlaneComponent, ComponentFlags> {
  const out = new Map<ControlPlaneComponent, ComponentFlags>();
  for (const pod of pods) {
    if (pod.namespace !== 'kube-system' || !isMirrorPod(pod)) continue;
    const containers = asArray(asObject(pod.body['spec'])?.['containers']);
    for (const item of containers) {
      const c = asObject(item);
      const argv = [...asArray(c?.['command']), ...asArray(c?.['args'])].filter((x): x is string => typeof x === 'string');
      const component = componentOf(pod, argv);
      if (component && !out.has(component)) out.set(component, { pod, flags: parseFlags(argv) });
    }
  }
  return out;
}
