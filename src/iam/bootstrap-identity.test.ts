import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqlIdentityStore } from '../storage/sql/iam-sql-identity-store.js';
import { iamTestDatabases } from '../storage/sql/iam-test-databases.js';
import type { SqlDatabase } from '../storage/sql/sql-database.js';
import { bootstrapIdentity } from './bootstrap-identity.js';
import { createAuthenticator } from './create-authenticator.js';
import type { IdentityAdminDeps } from './identity-admin.js';
import { createSecretBox } from './secret-box.js';
import { TEST_PASSWORD_HASHER } from './testing/identity-fixture.js';

const databases = await iamTestDatabases();
const NOW = Date.UTC(2026, 0, 1);

describe.each(databases)('bootstrapIdentity on $name', (target) => {
  let database: SqlDatabase;
  afterEach(async () => {
    await database.close();
  });
  const setup = async () => {
    database = await target.open();
    const masterKey = new Uint8Array(randomBytes(32));
    const deps: IdentityAdminDeps = { store: createSqlIdentityStore(database), secretBox: createSecretBox(masterKey), passwordHasher: TEST_PASSWORD_HASHER };
    const authenticator = createAuthenticator({ store: deps.store, masterKey, passwordHasher: TEST_PASSWORD_HASHER });
    return { deps, authenticator };
  };

  it('generates everything on an empty database, once', async () => {
    const { deps, authenticator } = await setup();
    const created = await bootstrapIdentity(deps, {}, NOW);
    expect(created).toMatchObject({
      projectId: expect.stringMatching(/^[0-9a-f]{32}$/), projectName: 'default', userName: 'admin', domainName: 'default',
      accessKey: expect.stringMatching(/^[A-Z0-9]{20}$/), generatedSecretKey: expect.stringMatching(/^[A-Za-z0-9]{40}$/),
      generatedPassword: expect.any(String), generatedAccessKey: true, generatedProjectId: true,
    });
    expect(await bootstrapIdentity(deps, {}, NOW)).toBeUndefined();
    expect(await deps.store.countUsers()).toBe(1);
    const issued = await authenticator.issueToken({ auth: {
      identity: { methods: ['password'], password: { user: { name: 'admin', password: created?.generatedPassword, domain: { name: 'default' } } } },
      scope: { project: { id: created?.projectId } },
    } }, NOW);
    expect(issued.body).toMatchObject({ token: { roles: [{ name: 'admin' }] } });
    expect(await deps.store.listEnterpriseProjects(created?.projectId ?? '')).toHaveLength(1);
    expect((await deps.store.listGrants())[0]).toMatchObject({ role: 'admin', enterpriseProjects: '*' });
  });

  it('takes the values from the environment and echoes no supplied secret', async () => {
    const { deps } = await setup();
    const created = await bootstrapIdentity(deps, {
      BULWARK_PROJECT_ID: 'pid123', BULWARK_ADMIN_USER: 'root', BULWARK_ADMIN_DOMAIN: 'corp',
      BULWARK_ADMIN_PASSWORD: 'a long password', BULWARK_ADMIN_ACCESS_KEY: 'AKTEST', BULWARK_ADMIN_SECRET_KEY: 'SKTEST',
    }, NOW);
    expect(created).toEqual({
      projectId: 'pid123', projectName: 'default', userName: 'root', domainName: 'corp', accessKey: 'AKTEST',
      generatedAccessKey: false, generatedProjectId: false,
    });
    const key = await deps.store.getAccessKey('AKTEST');
    expect(key && deps.secretBox.openText(key.sealedSecret, 'AKTEST')).toBe('SKTEST');
    expect(JSON.stringify(await deps.store.listAccessKeys())).not.toContain('SKTEST');
  });

  it('rejects half a key pair and bad values before writing anything', async () => {
    const { deps } = await setup();
    await expect(bootstrapIdentity(deps, { BULWARK_ADMIN_ACCESS_KEY: 'AKONLY' }, NOW)).rejects.toThrow(/set together/);
    await expect(bootstrapIdentity(deps, { BULWARK_PROJECT_ID: 'has/slash' }, NOW)).rejects.toMatchObject({ code: 'invalid_parameter' });
    await expect(bootstrapIdentity(deps, { BULWARK_ADMIN_PASSWORD: 'short' }, NOW)).rejects.toMatchObject({ code: 'invalid_parameter' });
    expect(await deps.store.listProjects()).toEqual([]);
  });

  it('lets exactly one of two concurrent bootstraps win', async () => {
    const { deps } = await setup();
    const results = await Promise.all([bootstrapIdentity(deps, {}, NOW), bootstrapIdentity(deps, {}, NOW)]);
    expect(results.filter((r) => r !== undefined)).toHaveLength(1);
    expect(await deps.store.countUsers()).toBe(1);
    expect(await deps.store.listProjects()).toHaveLength(1);
  });
});
