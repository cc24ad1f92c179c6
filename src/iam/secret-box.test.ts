import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox } from './secret-box.js';

const key = () => new Uint8Array(randomBytes(32));

describe('SecretBox (AES-256-GCM, format bwsb1)', () => {
  it('round-trips text and bytes, with a fresh IV each time', () => {
    const box = createSecretBox(key());
    const a = box.seal('kubeconfig: ü', 'cluster:1');
    const b = box.seal('kubeconfig: ü', 'cluster:1');
    expect(a).toMatch(/^bwsb1\.[A-Za-z0-9_-]+$/);
    expect(a).not.toBe(b);
    expect(box.openText(a, 'cluster:1')).toBe('kubeconfig: ü');
    expect(Array.from(box.open(box.seal(new Uint8Array([0, 255, 7]))))).toEqual([0, 255, 7]);
    expect(box.openText(box.seal(''))).toBe('');
  });

  it('refuses a wrong key, a wrong context, tampering, truncation and unknown formats', () => {
    const box = createSecretBox(key());
    const sealed = box.seal('secret', 'AK1');
    expect(() => createSecretBox(key()).open(sealed, 'AK1')).toThrow(/authentication/);
    expect(() => box.open(sealed, 'AK2')).toThrow(/authentication/);
    expect(() => box.open(sealed)).toThrow(/authentication/);
    const raw = Buffer.from(sealed.slice(6), 'base64url');
    raw[14] = (raw[14] ?? 0) ^ 1;
    expect(() => box.open(`bwsb1.${raw.toString('base64url')}`, 'AK1')).toThrow(/authentication/);
    expect(() => box.open('bwsb1.AAAA', 'AK1')).toThrow(/truncated/);
    expect(() => box.open('bwsb2.' + sealed.slice(6), 'AK1')).toThrow(/unknown format/);
  });

  it('only accepts 32-byte keys', () => {
    expect(() => createSecretBox(new Uint8Array(16))).toThrow(/32 bytes/);
  });
});
