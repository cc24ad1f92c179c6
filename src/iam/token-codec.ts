import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { BulwarkError } from '../domain/errors.js';

/** What a token asserts; everything else (role, EP set) is read fresh on every request. */
export interface TokenClaims {
  readonly userId: string;
  readonly projectId: string;
  /** The user's token generation at issue time; a password or grant change moves it on. */
  readonly generation: number;
  readonly issuedAt: number;
  readonly expiresAt: number;
}

export interface TokenCodec {
  issue(claims: TokenClaims): string;
  /** Checks format and signature only; expiry and revocation are the caller's (they need `now` and the store). */
  verify(token: string): TokenClaims;
}

const PREFIX = 'BWT1.';
/** auth.md §2: callers send 1–32768 characters. */
export const MAX_TOKEN_LENGTH = 32_768;

/**
 * Tokens are `BWT1.<base64url JSON claims>.<base64url HMAC-SHA256>` under a key derived from
 * the master key, so every node sharing the master key accepts them and a change of master
 * key logs everyone out. A random nonce keeps two tokens issued in the same ms distinct.
 */
export function createTokenCodec(masterKey: Uint8Array): TokenCodec {
  const key = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'bulwark/token-signing/v1', 32));
  const mac = (data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

  return {
    issue(claims) {
      const payload = Buffer.from(JSON.stringify({
        u: claims.userId, p: claims.projectId, g: claims.generation,
        iat: claims.issuedAt, exp: claims.expiresAt, n: randomBytes(9).toString('base64url'),
      }), 'utf8').toString('base64url');
      const signed = PREFIX + payload;
      return `${signed}.${mac(signed).toString('base64url')}`;
    },
    verify(token) {
      if (typeof token !== 'string' || token.length < 1 || token.length > MAX_TOKEN_LENGTH || !token.startsWith(PREFIX)) {
        throw invalid();
      }
      const dot = token.lastIndexOf('.');
      if (dot <= PREFIX.length) throw invalid();
      const presented = Buffer.from(token.slice(dot + 1), 'base64url');
      const expected = mac(token.slice(0, dot));
      if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) throw invalid();
      return parseClaims(token.slice(PREFIX.length, dot));
    },
  };
}

function parseClaims(payload: string): TokenClaims {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch (cause) {
    // Only reachable with a valid MAC, i.e. a token we signed: a bug, but still no access.
    throw new BulwarkError('unauthenticated', 'The token is invalid', { cause });
  }
  const c = raw as Record<string, unknown> | null;
  if (
    c === null || typeof c !== 'object' ||
    typeof c['u'] !== 'string' || typeof c['p'] !== 'string' ||
    !Number.isSafeInteger(c['g']) || !Number.isSafeInteger(c['iat']) || !Number.isSafeInteger(c['exp'])
  ) {
    throw invalid();
  }
  return {
    userId: c['u'], projectId: c['p'], generation: c['g'] as number,
    issuedAt: c['iat'] as number, expiresAt: c['exp'] as number,
  };
}

function invalid(): BulwarkError {
  return new BulwarkError('unauthenticated', 'The token is invalid');
}
