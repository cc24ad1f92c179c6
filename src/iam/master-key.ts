import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { BulwarkError } from '../domain/errors.js';
import { MASTER_KEY_BYTES } from './secret-box.js';


export interface MasterKeySource {
  readonly key: Uint8Array;
  /** Where the key came from; `created` means a new key file was written on this call. */
  readonly origin: 'env' | 'file' | 'created';
  readonly path?: string;
}

/**
 * The 32-byte master key: the configured base64 value (`BULWARK_MASTER_KEY`) wins; otherwise
 * the key file (config `masterKeyFile`, in the data directory by default), created on first
 * start with mode 0600. A bad key fails fast: silently making a new one would orphan every
 * secret already sealed.
 */
export async function loadMasterKey(options: {
  readonly base64?: string | undefined;
  readonly filePath: string;
}): Promise<MasterKeySource> {
  const fromEnv = options.base64?.trim();
  if (fromEnv !== undefined && fromEnv !== '') {
    return { key: decodeMasterKey(fromEnv, 'BULWARK_MASTER_KEY'), origin: 'env' };
  }
  const path = options.filePath;
  const existing = await readKeyFile(path);
  if (existing !== undefined) return { key: existing, origin: 'file', path };

  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const key = randomBytes(MASTER_KEY_BYTES);
  try {
    // 'wx' fails if another process created the file first; we then use theirs.
    await writeFile(path, `${key.toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      const raced = await readKeyFile(path);
      if (raced !== undefined) return { key: raced, origin: 'file', path };
    }
    throw new BulwarkError('internal', `cannot create master key file ${path}`, { cause: err });
  }
  // The umask may have narrowed the mode, never widened it; chmod makes 0600 explicit.
  await chmod(path, 0o600);
  return { key: new Uint8Array(key), origin: 'created', path };
}

async function readKeyFile(path: string): Promise<Uint8Array | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new BulwarkError('internal', `cannot read master key file ${path}`, { cause: err });
  }
  const info = await stat(path);
  if ((info.mode & 0o077) !== 0) {
    throw new BulwarkError('internal', `master key file ${path} is readable by others (mode ${(info.mode & 0o777).toString(8)}); chmod 600 it`);
  }
  return decodeMasterKey(text.trim(), path);
}

export function decodeMasterKey(text: string, origin: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) {
    throw new BulwarkError('internal', `${origin}: master key is not base64`);
  }
  const key = Buffer.from(text, 'base64');
  if (key.length !== MASTER_KEY_BYTES) {
    throw new BulwarkError('internal', `${origin}: master key must decode to ${MASTER_KEY_BYTES} bytes, got ${key.length}`);
  }
  return new Uint8Array(key);
}
