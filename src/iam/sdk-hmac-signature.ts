import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { BulwarkError } from '../domain/errors.js';
import type { AuthRequest } from './authenticator.js';
import {
  buildCanonicalRequest,
  buildStringToSign,
  canonicalHeaders,
  canonicalQuery,
  canonicalUri,
} from './canonical-request.js';

export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
/** auth.md §3 step 2. */
export const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

export interface SdkSignatureComputation {
  readonly canonicalRequest: string;
  readonly stringToSign: string;
  /** Lowercase hex HMAC-SHA256 keyed with the SK's UTF-8 bytes (no key derivation). */
  readonly signature: string;
}

/** One header value; a repeated signed header is ambiguous, so it is refused. */
export function singleHeader(request: AuthRequest, name: string): string | undefined {
  const value = request.headers[name];
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (value.length === 1) return value[0];
  throw new BulwarkError('unauthenticated', `Incorrect IAM authentication information: header ${name} repeated`);
}

/** `YYYYMMDDTHHMMSSZ` → epoch ms, or undefined when malformed or not a real instant. */
export function parseSdkDate(text: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (m === null) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  // Date.UTC rolls 20250230 over into March; a date that does not round-trip is invalid.
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || back.getUTCHours() !== h || back.getUTCMinutes() !== mi || back.getUTCSeconds() !== s) {
    return undefined;
  }
  return ms;
}

export function formatSdkDate(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Step 6: the SHA-256 of the raw body, unless the client signed `X-Sdk-Content-Sha256:
 * UNSIGNED-PAYLOAD` (the SDK does for multipart uploads). An unsigned header of that name is
 * ignored, so it cannot switch off body integrity after the fact.
 */
export function payloadHashOf(request: AuthRequest, signedHeaders: readonly string[]): string {
  if (signedHeaders.includes('x-sdk-content-sha256') && singleHeader(request, 'x-sdk-content-sha256') === UNSIGNED_PAYLOAD) {
    return UNSIGNED_PAYLOAD;
  }
  return createHash('sha256').update(request.body).digest('hex');
}

export function computeSdkSignature(
  request: AuthRequest,
  signedHeaders: readonly string[],
  secretKey: string,
): SdkSignatureComputation {
  const valueOf = (name: string) => {
    const value = singleHeader(request, name);
    if (value === undefined) {
      throw new BulwarkError('unauthenticated', `Incorrect IAM authentication information: signed header ${name} missing`);
    }
    return value;
  };
  let uri: string;
  let query: string;
  try {
    uri = canonicalUri(request.rawPath);
    query = canonicalQuery(request.rawQuery);
  } catch (cause) {
    // encodeURIComponent throws URIError on lone surrogates: a malformed request, not a fault.
    throw new BulwarkError('unauthenticated', 'Incorrect IAM authentication information: request target cannot be canonicalised', { cause });
  }
  const canonicalRequest = buildCanonicalRequest({
    method: request.method.toUpperCase(),
    canonicalUri: uri,
    canonicalQuery: query,
    canonicalHeaders: canonicalHeaders(signedHeaders, valueOf),
    signedHeaders,
    payloadHash: payloadHashOf(request, signedHeaders),
  });
  const stringToSign = buildStringToSign(valueOf('x-sdk-date'), createHash('sha256').update(canonicalRequest, 'utf8').digest('hex'));
  const signature = createHmac('sha256', Buffer.from(secretKey, 'utf8')).update(stringToSign, 'utf8').digest('hex');
  return { canonicalRequest, stringToSign, signature };
}

/** Constant-time comparison of two hex signatures (length is public: always 64). */
export function signaturesMatch(expectedHex: string, presentedHex: string): boolean {
  const a = Buffer.from(expectedHex, 'utf8');
  const b = Buffer.from(presentedHex, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Signs `request` in place of a client (tests, tools): returns the Authorization value. */
export function signSdkRequest(request: AuthRequest, accessKey: string, secretKey: string, signedHeaders: readonly string[]): string {
  const { signature } = computeSdkSignature(request, signedHeaders, secretKey);
  return `SDK-HMAC-SHA256 Access=${accessKey}, SignedHeaders=${signedHeaders.join(';')}, Signature=${signature}`;
}
