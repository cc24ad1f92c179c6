import { randomBytes } from 'node:crypto';
import { argon2id, argon2Verify } from 'hash-wasm';

/** Hashes and checks user passwords; hashes are self-describing PHC strings. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, encodedHash: string): Promise<boolean>;
  /**
   * Spends the same work as a real verification against nothing, so a login for an
   * unknown user takes as long as one with a wrong password.
   */
  burn(password: string): Promise<void>;
}

export interface Argon2Params {
  /** KiB. */
  readonly memorySize: number;
  readonly iterations: number;
  readonly parallelism: number;
}

/** OWASP's argon2id baseline (19 MiB, t=2, p=1): strong yet about 50 ms in WebAssembly. */
export const DEFAULT_ARGON2_PARAMS: Argon2Params = { memorySize: 19_456, iterations: 2, parallelism: 1 };

/** Longer inputs are only a way to make us hash megabytes; no human types them. */
export const MAX_PASSWORD_LENGTH = 1024;

export function createPasswordHasher(params: Argon2Params = DEFAULT_ARGON2_PARAMS): PasswordHasher {
  const hash = (password: string) =>
    argon2id({
      password,
      salt: randomBytes(16),
      ...params,
      hashLength: 32,
      outputType: 'encoded',
    });
  let dummy: Promise<string> | undefined;
  return {
    hash,
    async verify(password, encodedHash) {
      if (password.length > MAX_PASSWORD_LENGTH || !encodedHash.startsWith('$argon2id$')) return false;
      try {
        return await argon2Verify({ password, hash: encodedHash });
      } catch {
        // A malformed stored hash matches nothing; the store validated it on write.
        return false;
      }
    },
    async burn(password) {
      dummy ??= hash(randomBytes(16).toString('hex'));
      await argon2Verify({ password: password.slice(0, MAX_PASSWORD_LENGTH), hash: await dummy });
    },
  };
}
