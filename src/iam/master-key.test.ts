import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMasterKey } from './master-key.js';

const MASTER_KEY_FILE = 'master.key';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bulwark-master-key-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadMasterKey', () => {
  it('creates a 0600 key file on first start and reads the same key afterwards', async () => {
    const dataDir = join(dir, 'data');
    const first = await loadMasterKey({ filePath: join(dataDir, MASTER_KEY_FILE) });
    expect(first.origin).toBe('created');
    expect(first.key).toHaveLength(32);
    expect((await stat(join(dataDir, MASTER_KEY_FILE))).mode & 0o777).toBe(0o600);
    const second = await loadMasterKey({ filePath: join(dataDir, MASTER_KEY_FILE) });
    expect(second.origin).toBe('file');
    expect(Buffer.from(second.key).equals(Buffer.from(first.key))).toBe(true);
  });

  it('two concurrent first starts end up with one key', async () => {
    const [a, b] = await Promise.all([loadMasterKey({ filePath: join(dir, MASTER_KEY_FILE) }), loadMasterKey({ filePath: join(dir, MASTER_KEY_FILE) })]);
    expect(Buffer.from(a.key).equals(Buffer.from(b.key))).toBe(true);
  });

  it('prefers the configured BULWARK_MASTER_KEY and writes nothing then', async () => {
    const key = randomBytes(32);
    const loaded = await loadMasterKey({ base64: key.toString('base64'), filePath: join(dir, MASTER_KEY_FILE) });
    expect(loaded.origin).toBe('env');
    expect(Buffer.from(loaded.key).equals(key)).toBe(true);
    await expect(stat(join(dir, MASTER_KEY_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('fails fast on a bad key instead of replacing it', async () => {
    await expect(loadMasterKey({ base64: randomBytes(16).toString('base64'), filePath: join(dir, MASTER_KEY_FILE) })).rejects.toThrow(/32 bytes/);
    await expect(loadMasterKey({ base64: 'not base64!', filePath: join(dir, MASTER_KEY_FILE) })).rejects.toThrow(/not base64/);
    const path = join(dir, MASTER_KEY_FILE);
    await writeFile(path, 'c2hvcnQ=\n', { mode: 0o600 });
    await expect(loadMasterKey({ filePath: join(dir, MASTER_KEY_FILE) })).rejects.toThrow(/32 bytes/);
    expect(await readFile(path, 'utf8')).toBe('c2hvcnQ=\n');
    await writeFile(path, `${randomBytes(32).toString('base64')}\n`);
    await chmod(path, 0o644);
    await expect(loadMasterKey({ filePath: join(dir, MASTER_KEY_FILE) })).rejects.toThrow(/readable by others/);
  });
});
