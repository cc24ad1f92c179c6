import { sdkPercentEncode } from './sdk-percent-encode.js';

/**
 * The pieces of an SDK-HMAC-SHA256 canonical request (auth.md §3, steps 3–7), as pure
 * functions over the request exactly as received.
 */

/**
 * Each segment of the path as it travelled on the wire is encoded again, as the SDK does
 * with the path it sends: `%` itself becomes `%25`, so nothing is decoded first.
 */
export function canonicalUri(rawPath: string): string {
  const encoded = rawPath.split('/').map(sdkPercentEncode).join('/');
  return encoded.endsWith('/') ? encoded : `${encoded}/`;
}

/**
 * Decodes the raw query like a form (`+` is a space, as Node's querystring reads it), sorts
 * keys by UTF-16 code unit, sorts a repeated key's values, and re-encodes both.
 */
export function canonicalQuery(rawQuery: string): string {
  const byKey = new Map<string, string[]>();
  for (const [key, value] of new URLSearchParams(rawQuery)) {
    const values = byKey.get(key);
    if (values === undefined) byKey.set(key, [value]);
    else values.push(value);
  }
  const parts: string[] = [];
  for (const key of [...byKey.keys()].sort(compareCodeUnits)) {
    const encodedKey = sdkPercentEncode(key);
    for (const value of (byKey.get(key) ?? []).sort(compareCodeUnits)) {
      parts.push(`${encodedKey}=${sdkPercentEncode(value)}`);
    }
  }
  return parts.join('&');
}

/** `name:value\n` per signed header, in the client's declared order, values untouched. */
export function canonicalHeaders(signedHeaders: readonly string[], valueOf: (name: string) => string): string {
  return signedHeaders.map((name) => `${name}:${valueOf(name)}\n`).join('');
}

export interface CanonicalRequestParts {
  readonly method: string;
  readonly canonicalUri: string;
  readonly canonicalQuery: string;
  /** Ends with `\n`, so the joined request has a blank line before the signed header list. */
  readonly canonicalHeaders: string;
  readonly signedHeaders: readonly string[];
  readonly payloadHash: string;
}

export function buildCanonicalRequest(parts: CanonicalRequestParts): string {
  return [
    parts.method,
    parts.canonicalUri,
    parts.canonicalQuery,
    parts.canonicalHeaders,
    parts.signedHeaders.join(';'),
    parts.payloadHash,
  ].join('\n');
}

export function buildStringToSign(sdkDate: string, canonicalRequestSha256Hex: string): string {
  return `SDK-HMAC-SHA256\n${sdkDate}\n${canonicalRequestSha256Hex}`;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
