import { BulwarkError } from '../domain/errors.js';
import type { Principal } from '../domain/principal.js';
import { authenticateSignature } from './authenticate-signature.js';
import type { Authenticator, AuthRequest } from './authenticator.js';
import { credentialRejected } from './credential-rejected.js';
import type { IdentityStore, LockoutPolicy } from './identity-store.js';
import { issueToken } from './issue-token.js';
import { createLockoutGuard, DEFAULT_LOCKOUT_POLICY } from './lockout-guard.js';
import { createPasswordHasher, type PasswordHasher } from './password-hasher.js';
import { singleHeader } from './sdk-hmac-signature.js';
import { createSecretBox, type SecretBox } from './secret-box.js';
import { createTokenCodec, MAX_TOKEN_LENGTH } from './token-codec.js';

export const DEFAULT_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

export interface AuthenticatorOptions {
  readonly store: IdentityStore;
  readonly masterKey: Uint8Array;
  /** Defaults to a box over `masterKey`; pass the shared one to avoid a second key copy. */
  readonly secretBox?: SecretBox;
  readonly passwordHasher?: PasswordHasher;
  readonly tokenTtlMs?: number;
  readonly lockoutPolicy?: LockoutPolicy;
  readonly maxClockSkewMs?: number;
}

/**
 * The Authenticator the API uses. Role and EP set are read from the grant on every request,
 * so a revoked or narrowed grant takes effect at once for AK/SK callers too.
 */
export function createAuthenticator(options: AuthenticatorOptions): Authenticator {
  const tokenTtlMs = options.tokenTtlMs ?? DEFAULT_TOKEN_TTL_MS;
  if (!Number.isSafeInteger(tokenTtlMs) || tokenTtlMs <= 0) {
    throw new BulwarkError('internal', `token TTL must be a positive number of ms, got ${tokenTtlMs}`);
  }
  const store = options.store;
  const secretBox = options.secretBox ?? createSecretBox(options.masterKey);
  const passwordHasher = options.passwordHasher ?? createPasswordHasher();
  const lockout = createLockoutGuard(store, options.lockoutPolicy ?? DEFAULT_LOCKOUT_POLICY);
  const tokens = createTokenCodec(options.masterKey);

  const principalFor = async (userId: string, projectId: string, tokenGeneration?: number): Promise<Principal> => {
    const user = await store.getUser(userId);
    if (user === undefined) throw credentialRejected();
    if (tokenGeneration !== undefined && tokenGeneration !== user.tokenGeneration) {
      throw new BulwarkError('unauthenticated', 'The token has been revoked (password or grants changed)');
    }
    const grant = await store.getGrant(userId, projectId);
    if (grant === undefined) throw new BulwarkError('forbidden', 'The project is not granted to this identity');
    return {
      userId: user.id,
      userName: user.name,
      projectId,
      role: grant.role,
      enterpriseProjects: grant.enterpriseProjects === '*' ? '*' : [...grant.enterpriseProjects],
    };
  };

  return {
    async authenticate(request: AuthRequest, projectId: string, now: number): Promise<Principal> {
      const token = singleHeader(request, 'x-auth-token');
      if (token !== undefined) {
        if (token.length < 1 || token.length > MAX_TOKEN_LENGTH) {
          throw new BulwarkError('unauthenticated', `X-Auth-Token must be 1-${MAX_TOKEN_LENGTH} characters`);
        }
        const claims = tokens.verify(token);
        // Expiry is checked after the signature: an unsigned expiry claim proves nothing.
        if (now >= claims.expiresAt) throw new BulwarkError('token_expired', 'The token expires');
        if (claims.projectId !== projectId) throw new BulwarkError('forbidden', 'The token is scoped to another project');
        return principalFor(claims.userId, projectId, claims.generation);
      }
      const authorization = singleHeader(request, 'authorization');
      if (authorization === undefined || authorization === '') {
        throw new BulwarkError('unauthenticated', 'Authentication required: send X-Auth-Token or an SDK-HMAC-SHA256 signature');
      }
      const { userId } = await authenticateSignature({ store, secretBox, lockout, maxClockSkewMs: options.maxClockSkewMs }, request, authorization, projectId, now);
      return principalFor(userId, projectId);
    },

    issueToken(body: unknown, now: number) {
      return issueToken({ store, passwordHasher, lockout, tokens, tokenTtlMs }, body, now);
    },
  };
}
