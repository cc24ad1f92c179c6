import type { ContainerRef } from '../../../../inputs/pod-spec.js';
import { asArray } from '../../../../inputs/kube-object.js';

/** command + args of a container as strings (flags may sit in either). */
export function commandLineOf(c: ContainerRef): string[] {
  return [...asArray(c.spec['command']), ...asArray(c.spec['args'])].filter((a): a is string => typeof a === 'string');
}

/** True for the kube-apiserver container of a static pod or a self-hosted control plane. */
export function isApiServer(c: ContainerRef): boolean {
  const cmd = commandLineOf(c);
  return cmd.some((a) => /(^|\/)kube-apiserver$/.test(a.trim())) || (c.name === 'kube-apiserver' && cmd.length > 0);
}

/** The value of `--flag=value` or `--flag value`, or undefined when absent. */
export function flagValue(cmd: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < cmd.length; i++) {
    const a = cmd[i]!.trim();
    if (a.startsWith(`${flag}=`)) return a.slice(flag.length + 1);
    if (a === flag) return cmd[i + 1] ?? '';
  }
  return undefined;
}
