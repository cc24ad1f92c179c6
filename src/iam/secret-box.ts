import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { BulwarkError } from '../domain/errors.js';

/**
 * Authenticated encryption of small secrets (access-key SKs, cluster kubeconfigs) under the
 * master key. Sealed values are text so they fit any column type on both SQL dialects.
 */
export interface SecretBox {
  /** Encrypts `plaintext`; `context` is authenticated but not stored (bind a secret to its owner). */
  seal(plaintext: Uint8Array | string, context?: string): string;
  /** Decrypts a value produced by `seal` with the same `context`; throws on any tampering. */
  open(sealed: string, context?: string): Uint8Array;
  /** `open` decoded as UTF-8. */
  openText(sealed: string, context?: string): string;
}

/** Format version 1: `bwsb1.` + base64url(iv[12] ‖ ciphertext ‖ tag[16]), AES-256-GCM. */
const PREFIX = 'bwsb1.';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const MASTER_KEY_BYTES = 32;

export function createSecretBox(masterKey: Uint8Array): SecretBox {
  if (masterKey.length !== MASTER_KEY_BYTES) {
    throw new BulwarkError('internal', `master key must be ${MASTER_KEY_BYTES} bytes, got ${masterKey.length}`);
  }
  // A private copy, so a caller zeroing or reusing its buffer cannot change our key.
  const key = Buffer.from(masterKey);

  // The version prefix is part of the AAD so a future format cannot be confused with this one.
  const aadOf = (context: string | undefined) => Buffer.from(`${PREFIX}${context ?? ''}`, 'utf8');

  const open = (sealed: string, context?: string): Uint8Array => {
    if (typeof sealed !== 'string' || !sealed.startsWith(PREFIX)) {
      throw new BulwarkError('internal', 'sealed secret has an unknown format');
    }
    const raw = Buffer.from(sealed.slice(PREFIX.length), 'base64url');
    if (raw.length < IV_BYTES + TAG_BYTES) throw new BulwarkError('internal', 'sealed secret is truncated');
    const iv = raw.subarray(0, IV_BYTES);
    const tag = raw.subarray(raw.length - TAG_BYTES);
    const body = raw.subarray(IV_BYTES, raw.length - TAG_BYTES);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(aadOf(context));
      decipher.setAuthTag(tag);
      return new Uint8Array(Buffer.concat([decipher.update(body), decipher.final()]));
    } catch (cause) {
      throw new BulwarkError('internal', 'sealed secret failed authentication (wrong master key or tampered)', { cause });
    }
  };

  return {
    seal(plaintext, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(aadOf(context));
      const data = typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext;
      const body = Buffer.concat([cipher.update(data), cipher.final()]);
      return PREFIX + Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
    },
    open,
    openText(sealed, context) {
      return Buffer.from(open(sealed, context)).toString('utf8');
    },
  };
}
