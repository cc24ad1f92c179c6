import { credentialRejected } from './credential-rejected.js';
import type { IdentityStore, LockoutPolicy } from './identity-store.js';

/** auth.md §2: 5 consecutive failures lock a user or an AK for 5 minutes. */
export const DEFAULT_LOCKOUT_POLICY: LockoutPolicy = { maxFailures: 5, lockMs: 5 * 60 * 1000 };

export const userSubject = (userId: string) => `user:${userId}`;
export const accessKeySubject = (accessKey: string) => `ak:${accessKey}`;

export interface LockoutGuard {
  /** Throws `unauthenticated` while locked; returns whether failures are pending (to clear on success). */
  check(subject: string, now: number): Promise<{ readonly hasFailures: boolean }>;
  fail(subject: string, now: number): Promise<void>;
  succeed(subject: string, check: { readonly hasFailures: boolean }): Promise<void>;
}

/**
 * Only identities that exist are counted (the caller decides), so guessing names cannot fill
 * the table; a locked identity gets the same 401 as a wrong secret.
 */
export function createLockoutGuard(store: IdentityStore, policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY): LockoutGuard {
  return {
    async check(subject, now) {
      const state = await store.getLockout(subject);
      if (state === undefined) return { hasFailures: false };
      if (state.lockedUntil !== null && now < state.lockedUntil) {
        throw credentialRejected();
      }
      return { hasFailures: true };
    },
    async fail(subject, now) {
      await store.recordFailure(subject, now, policy);
    },
    async succeed(subject, check) {
      // Clearing only when needed keeps the successful hot path free of writes.
      if (check.hasFailures) await store.clearFailures(subject);
    },
  };
}
