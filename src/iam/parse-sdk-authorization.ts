import { BulwarkError } from '../domain/errors.js';

export const SDK_SIGNING_ALGORITHM = 'SDK-HMAC-SHA256';

export interface SdkAuthorization {
  readonly accessKey: string;
  /** Lower-cased, in the order the client declared (and signed) them. */
  readonly signedHeaders: readonly string[];
  /** Lowercase hex. */
  readonly signature: string;
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;

/**
 * Reads `SDK-HMAC-SHA256 Access=AK, SignedHeaders=a;b, Signature=hex`. Anything else is
 * `unauthenticated`; messages stay generic because they reach unauthenticated callers.
 */
export function parseSdkAuthorization(header: string): SdkAuthorization {
  const space = header.indexOf(' ');
  if (space < 0 || header.slice(0, space) !== SDK_SIGNING_ALGORITHM) {
    throw unauthenticated('unsupported authorization scheme');
  }
  const fields = new Map<string, string>();
  // The SDK separates with ", "; tolerate missing or extra spaces, never duplicates.
  for (const part of header.slice(space + 1).split(',')) {
    const item = part.trim();
    const eq = item.indexOf('=');
    if (eq <= 0) throw unauthenticated('malformed authorization header');
    const name = item.slice(0, eq);
    if (fields.has(name)) throw unauthenticated('malformed authorization header');
    fields.set(name, item.slice(eq + 1));
  }
  const accessKey = fields.get('Access');
  const signedHeaderList = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (fields.size !== 3 || accessKey === undefined || signedHeaderList === undefined || signature === undefined) {
    throw unauthenticated('malformed authorization header');
  }
  if (!/^[A-Za-z0-9]{1,128}$/.test(accessKey)) throw unauthenticated('malformed access key');
  if (!/^[0-9a-f]{64}$/.test(signature)) throw unauthenticated('malformed signature');
  const signedHeaders = signedHeaderList.split(';').map((h) => h.toLowerCase());
  if (signedHeaders.some((h) => !HEADER_NAME.test(h)) || new Set(signedHeaders).size !== signedHeaders.length) {
    throw unauthenticated('malformed signed header list');
  }
  for (const required of ['host', 'x-sdk-date']) {
    if (!signedHeaders.includes(required)) throw unauthenticated(`signed headers must include ${required}`);
  }
  return { accessKey, signedHeaders, signature };
}

function unauthenticated(reason: string): BulwarkError {
  return new BulwarkError('unauthenticated', `Incorrect IAM authentication information: ${reason}`);
}
