import { describe, expect, it } from 'vitest';
import type { AuthRequest } from './authenticator.js';
import { canonicalQuery, canonicalUri } from './canonical-request.js';
import { parseSdkAuthorization } from './parse-sdk-authorization.js';
import { computeSdkSignature, formatSdkDate, parseSdkDate, payloadHashOf, signaturesMatch } from './sdk-hmac-signature.js';

// auth.md §3 test vector (produced by the real SDK core 3.1.211).
const vector: AuthRequest = {
  method: 'POST',
  rawPath: '/v5/pid123/common/tasks/batch-query',
  rawQuery: 'enterprise_project_id=all_granted_eps&offset=0&limit=10',
  headers: {
    'content-type': 'application/json',
    host: '127.0.0.1:8080',
    'x-project-id': 'pid123',
    'x-sdk-date': '20250101T000000Z',
  },
  body: new TextEncoder().encode('{"task_type":"cluster_scan","sort_dir":"desc"}'),
};
const vectorCanonical = [
  'POST',
  '/v5/pid123/common/tasks/batch-query/',
  'enterprise_project_id=all_granted_eps&limit=10&offset=0',
  'content-type:application/json',
  'host:127.0.0.1:8080',
  'x-project-id:pid123',
  'x-sdk-date:20250101T000000Z',
  '',
  'content-type;host;x-project-id;x-sdk-date',
  '35e79430ee749a9656c95fefe03528b551f9ed107ee566678ae4f75edf7b92f9',
].join('\n');

describe('SDK-HMAC-SHA256 (auth.md §3)', () => {
  it('reproduces the spec test vector byte for byte', () => {
    const signed = ['content-type', 'host', 'x-project-id', 'x-sdk-date'];
    const result = computeSdkSignature(vector, signed, 'SKTEST');
    expect(result.canonicalRequest).toBe(vectorCanonical);
    expect(result.stringToSign.split('\n').slice(0, 2)).toEqual(['SDK-HMAC-SHA256', '20250101T000000Z']);
    expect(result.signature).toBe('6d67e2d603f0beefccc76f63d2ef7562a47b2ee650810ad929a49663e319192d');
  });

  it('encodes path segments with the unreserved set and appends one trailing slash', () => {
    expect(canonicalUri('/v5/a b/c')).toBe('/v5/a%20b/c/');
    expect(canonicalUri('/v5/x/')).toBe('/v5/x/');
    expect(canonicalUri('/v5/a%2Fb/~ok-_.')).toBe('/v5/a%252Fb/~ok-_./');
    expect(canonicalUri("/v5/it's(*)!")).toBe('/v5/it%27s%28%2A%29%21/');
  });

  it('sorts query keys by code unit and repeated values, re-encoding both', () => {
    expect(canonicalQuery('')).toBe('');
    expect(canonicalQuery('b=2&a=1&B=0')).toBe('B=0&a=1&b=2');
    expect(canonicalQuery('k=z&k=a&k=m')).toBe('k=a&k=m&k=z');
    expect(canonicalQuery('q=a+b&r=c%20d&s=%E4%B8%AD&t=%2A')).toBe('q=a%20b&r=c%20d&s=%E4%B8%AD&t=%2A');
    expect(canonicalQuery('flag')).toBe('flag=');
  });

  it('uses UNSIGNED-PAYLOAD only when that header is itself signed', () => {
    const multipart: AuthRequest = { ...vector, headers: { ...vector.headers, 'x-sdk-content-sha256': 'UNSIGNED-PAYLOAD' } };
    expect(payloadHashOf(multipart, ['host', 'x-sdk-content-sha256', 'x-sdk-date'])).toBe('UNSIGNED-PAYLOAD');
    expect(payloadHashOf(multipart, ['host', 'x-sdk-date'])).toBe('35e79430ee749a9656c95fefe03528b551f9ed107ee566678ae4f75edf7b92f9');
  });

  it('parses the Authorization header and rejects malformed ones', () => {
    const parsed = parseSdkAuthorization(
      'SDK-HMAC-SHA256 Access=AKTEST, SignedHeaders=content-type;host;x-project-id;x-sdk-date, Signature=6d67e2d603f0beefccc76f63d2ef7562a47b2ee650810ad929a49663e319192d',
    );
    expect(parsed).toEqual({
      accessKey: 'AKTEST',
      signedHeaders: ['content-type', 'host', 'x-project-id', 'x-sdk-date'],
      signature: '6d67e2d603f0beefccc76f63d2ef7562a47b2ee650810ad929a49663e319192d',
    });
    const bad = [
      '',
      'Basic abc',
      'SDK-HMAC-SHA1 Access=A, SignedHeaders=host;x-sdk-date, Signature=' + '0'.repeat(64),
      'SDK-HMAC-SHA256 Access=A, SignedHeaders=host, Signature=' + '0'.repeat(64),
      'SDK-HMAC-SHA256 Access=A, SignedHeaders=x-sdk-date, Signature=' + '0'.repeat(64),
      'SDK-HMAC-SHA256 Access=A, SignedHeaders=host;x-sdk-date, Signature=xyz',
      'SDK-HMAC-SHA256 Access=A, Access=B, SignedHeaders=host;x-sdk-date, Signature=' + '0'.repeat(64),
      'SDK-HMAC-SHA256 Access=A, SignedHeaders=host;host;x-sdk-date, Signature=' + '0'.repeat(64),
      'SDK-HMAC-SHA256 Access=A, SignedHeaders=host;x-sdk-date',
    ];
    for (const header of bad) expect(() => parseSdkAuthorization(header), header).toThrow(expect.objectContaining({ code: 'unauthenticated' }));
  });

  it('parses X-Sdk-Date strictly and formats it back', () => {
    expect(parseSdkDate('20250101T000000Z')).toBe(Date.UTC(2025, 0, 1));
    expect(formatSdkDate(Date.UTC(2026, 11, 4, 21, 5, 9, 123))).toBe('20261204T210509Z');
    for (const bad of ['20250230T000000Z', '2025-01-01T00:00:00Z', '20250101T000000', '20250101T246000Z', '']) {
      expect(parseSdkDate(bad), bad).toBeUndefined();
    }
  });

  it('compares signatures exactly', () => {
    expect(signaturesMatch('ab'.repeat(32), 'ab'.repeat(32))).toBe(true);
    expect(signaturesMatch('ab'.repeat(32), 'ab'.repeat(31) + 'ac')).toBe(false);
    expect(signaturesMatch('ab'.repeat(32), 'ab')).toBe(false);
  });
});
