import { describe, expect, it } from 'vitest';
import { createPasswordHasher, DEFAULT_ARGON2_PARAMS } from './password-hasher.js';

describe('password hashing (argon2id)', () => {
  it('hashes with the default parameters into a salted, verifiable PHC string', async () => {
    const hasher = createPasswordHasher();
    const a = await hasher.hash('s3cret password');
    const b = await hasher.hash('s3cret password');
    expect(a).toMatch(new RegExp(`^\\$argon2id\\$v=19\\$m=${DEFAULT_ARGON2_PARAMS.memorySize},t=${DEFAULT_ARGON2_PARAMS.iterations},p=${DEFAULT_ARGON2_PARAMS.parallelism}\\$`));
    expect(a).not.toBe(b);
    expect(a).not.toContain('s3cret');
    expect(await hasher.verify('s3cret password', a)).toBe(true);
    expect(await hasher.verify('s3cret passwore', a)).toBe(false);
  });

  it('never matches malformed hashes or oversized passwords, and burns without failing', async () => {
    const hasher = createPasswordHasher({ memorySize: 256, iterations: 1, parallelism: 1 });
    const hash = await hasher.hash('x'.repeat(1024));
    expect(await hasher.verify('x'.repeat(1024), hash)).toBe(true);
    expect(await hasher.verify('x'.repeat(1025), hash)).toBe(false);
    expect(await hasher.verify('anything', '$argon2id$garbage')).toBe(false);
    expect(await hasher.verify('anything', 'plaintext')).toBe(false);
    await expect(hasher.burn('y'.repeat(5000))).resolves.toBeUndefined();
  });
});
