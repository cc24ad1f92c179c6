import type { ContainerRef } from '../../../inputs/pod-spec.js';

/**
 * False for containers of pods that declare `spec.os.name: windows`. seccomp, AppArmor, Linux
 * capabilities, no_new_privs and numeric UIDs/GIDs do not exist there, and the Pod Security
 * Standards exempt such pods from those controls, so Linux-only rules skip them.
 */
export function isLinuxContainer(c: ContainerRef): boolean {
  const os = c.pod.spec['os'];
  return !(typeof os === 'object' && os !== null && !Array.isArray(os) && os['name'] === 'windows');
}
