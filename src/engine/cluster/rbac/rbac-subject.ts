import type { ResourceRef } from '../../finding.js';

export interface RbacSubject {
  readonly kind: 'User' | 'Group' | 'ServiceAccount';
  readonly name: string;
  /** Service accounts only. */
  readonly namespace?: string;
}

export function subjectKey(s: RbacSubject): string {
  return s.kind === 'ServiceAccount' ? `ServiceAccount:${s.namespace ?? ''}/${s.name}` : `${s.kind}:${s.name}`;
}

export function subjectLabel(s: RbacSubject): string {
  return s.kind === 'ServiceAccount' ? `ServiceAccount ${s.namespace ?? ''}/${s.name}` : `${s.kind} ${s.name}`;
}

export function subjectRef(s: RbacSubject): ResourceRef {
  return { kind: s.kind, name: s.name, ...(s.namespace !== undefined ? { namespace: s.namespace } : {}) };
}

/** Groups every request from anyone (or any signed-in identity) belongs to. */
export const BROAD_GROUPS: ReadonlySet<string> = new Set(['system:anonymous', 'system:unauthenticated', 'system:authenticated', 'system:serviceaccounts']);

export function isBroadSubject(s: RbacSubject): boolean {
  return (s.kind === 'Group' || s.kind === 'User') && (BROAD_GROUPS.has(s.name) || (s.kind === 'Group' && s.name.startsWith('system:serviceaccounts:')));
}

/**
 * Identities of Kubernetes itself (controllers, nodes, the scheduler, system:masters):
 * the `system:` prefix is reserved for them. The broad groups share the prefix but are
 * anyone's identity, so they are never "system" here.
 */
export function isSystemIdentity(s: RbacSubject): boolean {
  if (isBroadSubject(s)) return false;
  if (s.kind === 'ServiceAccount') return s.namespace === 'kube-system' && s.name.endsWith('-controller');
  return s.name.startsWith('system:') || s.name.startsWith('eks:');
}
