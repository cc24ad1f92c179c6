import { BulwarkError } from '../domain/errors.js';
import type { IssuedToken } from './authenticator.js';
import { credentialRejected } from './credential-rejected.js';
import type { IdentityStore } from './identity-store.js';
import { userSubject, type LockoutGuard } from './lockout-guard.js';
import { parseTokenRequest } from './parse-token-request.js';
import type { PasswordHasher } from './password-hasher.js';
import type { TokenCodec } from './token-codec.js';

export interface TokenIssuerContext {
  readonly store: IdentityStore;
  readonly passwordHasher: PasswordHasher;
  readonly lockout: LockoutGuard;
  readonly tokens: TokenCodec;
  readonly tokenTtlMs: number;
}

/**
 * `POST /v3/auth/tokens` (auth.md §2). Unknown user, wrong password and locked user all cost
 * one argon2 verification and give the same 401, so neither timing nor body tells them apart.
 */
export async function issueToken(ctx: TokenIssuerContext, body: unknown, now: number): Promise<IssuedToken> {
  const request = parseTokenRequest(body);
  const user = await ctx.store.findUser(request.domainName, request.userName);
  if (user === undefined) {
    await ctx.passwordHasher.burn(request.password);
    throw credentialRejected();
  }
  const subject = userSubject(user.id);
  let lockState: { readonly hasFailures: boolean };
  try {
    lockState = await ctx.lockout.check(subject, now);
  } catch (err) {
    await ctx.passwordHasher.burn(request.password);
    throw err;
  }
  if (!(await ctx.passwordHasher.verify(request.password, user.passwordHash))) {
    await ctx.lockout.fail(subject, now);
    throw credentialRejected();
  }
  await ctx.lockout.succeed(subject, lockState);

  const project = 'projectId' in request.scope
    ? await ctx.store.getProject(request.scope.projectId)
    : await ctx.store.getProjectByName(request.scope.projectName);
  const grant = project === undefined ? undefined : await ctx.store.getGrant(user.id, project.id);
  if (project === undefined || grant === undefined) {
    // Unknown and ungranted projects look alike, as for every other project-scoped call.
    throw new BulwarkError('forbidden', 'The user has no access to the requested project');
  }

  const expiresAt = now + ctx.tokenTtlMs;
  const token = ctx.tokens.issue({ userId: user.id, projectId: project.id, generation: user.tokenGeneration, issuedAt: now, expiresAt });
  return {
    token,
    body: {
      token: {
        expires_at: keystoneTime(expiresAt),
        issued_at: keystoneTime(now),
        methods: ['password'],
        project: { id: project.id, name: project.name },
        user: { id: user.id, name: user.name, domain: { name: user.domain } },
        roles: [{ name: grant.role }],
      },
    },
  };
}

/** Keystone and Huawei IAM print microseconds: `2025-01-02T03:04:05.678000Z`. */
function keystoneTime(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/Z$/, '000Z');
}
