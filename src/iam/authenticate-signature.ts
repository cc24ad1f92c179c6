import { BulwarkError } from '../domain/errors.js';
import type { AuthRequest } from './authenticator.js';
import { credentialRejected } from './credential-rejected.js';
import type { IdentityStore } from './identity-store.js';
import { accessKeySubject, type LockoutGuard } from './lockout-guard.js';
import { parseSdkAuthorization } from './parse-sdk-authorization.js';
import { computeSdkSignature, MAX_CLOCK_SKEW_MS, parseSdkDate, signaturesMatch, singleHeader } from './sdk-hmac-signature.js';
import type { SecretBox } from './secret-box.js';

export interface SignatureContext {
  readonly store: IdentityStore;
  readonly secretBox: SecretBox;
  readonly lockout: LockoutGuard;
  readonly maxClockSkewMs?: number;
}

/**
 * Verifies an SDK-HMAC-SHA256 request (auth.md §3) and returns the id of the user owning the
 * AK. Malformed requests fail before any lookup; failures of a known AK count towards its lock.
 */
export async function authenticateSignature(
  ctx: SignatureContext,
  request: AuthRequest,
  authorization: string,
  projectId: string,
  now: number,
): Promise<{ readonly userId: string; readonly accessKey: string }> {
  const auth = parseSdkAuthorization(authorization);
  const dateText = singleHeader(request, 'x-sdk-date');
  const signedAt = dateText === undefined ? undefined : parseSdkDate(dateText);
  if (signedAt === undefined) {
    throw new BulwarkError('unauthenticated', 'Incorrect IAM authentication information: X-Sdk-Date missing or malformed');
  }

  const subject = accessKeySubject(auth.accessKey);
  const lockState = await ctx.lockout.check(subject, now);
  const key = await ctx.store.getAccessKey(auth.accessKey);
  if (key === undefined) throw credentialRejected();

  // A request from outside the window could be a replay: it counts as a failed attempt.
  if (Math.abs(now - signedAt) > (ctx.maxClockSkewMs ?? MAX_CLOCK_SKEW_MS)) {
    await ctx.lockout.fail(subject, now);
    throw new BulwarkError('unauthenticated', 'Incorrect IAM authentication information: request time skewed by more than 15 minutes');
  }
  const secretKey = ctx.secretBox.openText(key.sealedSecret, key.accessKey);
  const { signature } = computeSdkSignature(request, auth.signedHeaders, secretKey);
  if (!signaturesMatch(signature, auth.signature)) {
    await ctx.lockout.fail(subject, now);
    throw credentialRejected();
  }
  await ctx.lockout.succeed(subject, lockState);

  // The SDK sends the project as a signed header too; it must name the project of the path.
  const declared = singleHeader(request, 'x-project-id');
  if (declared !== undefined && declared !== projectId) {
    throw new BulwarkError('forbidden', 'X-Project-Id does not match the project in the path');
  }
  return { userId: key.userId, accessKey: key.accessKey };
}
