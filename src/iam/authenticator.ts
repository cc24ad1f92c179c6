import type { Principal } from '../domain/principal.js';

/** What the API hands to identity checks: the request exactly as received. */
export interface AuthRequest {
  readonly method: string;
  /** The path as sent on the wire (percent-encoding untouched), without the query. */
  readonly rawPath: string;
  /** The raw query string without `?` ('' when none). */
  readonly rawQuery: string;
  /** Header names lower-cased. */
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** The raw body bytes (the AK/SK payload hash is over these). */
  readonly body: Uint8Array;
}

export interface IssuedToken {
  /** Goes into the `X-Subject-Token` response header. */
  readonly token: string;
  /** The `{"token": {...}}` response body of auth.md §2. */
  readonly body: unknown;
}

/**
 * Identity checks for the API (auth.md). Failures throw BulwarkError:
 * `unauthenticated` (APIGW.0301), `token_expired` (APIGW.0307), `forbidden` (APIGW.0302).
 */
export interface Authenticator {
  /** Verifies X-Auth-Token or an SDK-HMAC-SHA256 signature and scopes the caller to `projectId`. */
  authenticate(request: AuthRequest, projectId: string, now: number): Promise<Principal>;
  /** `POST /v3/auth/tokens`: validates the Keystone body and issues a token (HTTP 201). */
  issueToken(body: unknown, now: number): Promise<IssuedToken>;
}
