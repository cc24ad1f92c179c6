import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sqliteTestDatabase } from '../storage/sql/iam-test-databases.js';
import type { SqlDatabase } from '../storage/sql/sql-database.js';
import { createIdentityServices } from './create-identity-services.js';
import { TEST_PASSWORD_HASHER } from './testing/identity-fixture.js';

let dir: string;
let database: SqlDatabase;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bulwark-identity-services-'));
  database = await sqliteTestDatabase.open();
});
afterEach(async () => {
  await database.close();
  await rm(dir, { recursive: true, force: true });
});

describe('createIdentityServices', () => {
  it('refuses a master key that does not open the stored secrets', async () => {
    const open = (file: string) => createIdentityServices({ database, masterKeyFile: join(dir, file), passwordHasher: TEST_PASSWORD_HASHER });
    const first = await open('a.key');
    expect(first.masterKey.origin).toBe('created');
    // Without sealed secrets any key is acceptable.
    await expect(open('b.key')).resolves.toBeDefined();
    await first.admin.createProject({ id: 'p', name: 'p' }, 1);
    await first.admin.createUser({ name: 'alice', password: 'long enough' }, 1);
    await first.admin.createAccessKey({ name: 'alice' }, {}, 1);
    await expect(open('a.key')).resolves.toMatchObject({ masterKey: { origin: 'file' } });
    await expect(open('b.key')).rejects.toThrow(/does not open the secrets/);
  });
});
