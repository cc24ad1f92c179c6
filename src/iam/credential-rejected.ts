import { BulwarkError } from '../domain/errors.js';

/**
 * The one 401 for every identity-dependent failure (unknown user or AK, wrong password or
 * signature, locked identity), so the answer never tells which one it was.
 */
export function credentialRejected(cause?: unknown): BulwarkError {
  return new BulwarkError(
    'unauthenticated',
    'Incorrect IAM authentication information: verify the credentials and try again',
    cause === undefined ? {} : { cause },
  );
}
