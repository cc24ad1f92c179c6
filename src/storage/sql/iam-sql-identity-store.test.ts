import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IdentityStore, UserRecord } from '../../iam/identity-store.js';
import { createSqlIdentityStore } from './iam-sql-identity-store.js';
import { iamTestDatabases } from './iam-test-databases.js';
import type { SqlDatabase } from './sql-database.js';

const databases = await iamTestDatabases();
const policy = { maxFailures: 5, lockMs: 300_000 };

const user = (id: string, name: string): UserRecord => ({
  id, name, domain: 'default', passwordHash: '$argon2id$x', tokenGeneration: 0, createdAt: 1_700_000_000_000,
});

describe.each(databases)('SQL identity store on $name', (target) => {
  let database: SqlDatabase;
  let store: IdentityStore;
  beforeEach(async () => {
    database = await target.open();
    store = createSqlIdentityStore(database);
    await store.createProject({ id: 'p1', name: 'one', createdAt: 1_700_000_000_000 });
  });
  afterEach(async () => {
    await database.close();
  });

  it('creates projects with their default enterprise project and rejects duplicates', async () => {
    expect(await store.getProject('p1')).toEqual({ id: 'p1', name: 'one', createdAt: 1_700_000_000_000 });
    expect(await store.getProjectByName('one')).toMatchObject({ id: 'p1' });
    expect(await store.listEnterpriseProjects('p1')).toEqual([{ projectId: 'p1', id: '0', name: 'default', createdAt: 1_700_000_000_000 }]);
    await expect(store.createProject({ id: 'p1', name: 'other', createdAt: 1 })).rejects.toMatchObject({ code: 'conflict' });
    await expect(store.createProject({ id: 'p2', name: 'one', createdAt: 1 })).rejects.toMatchObject({ code: 'conflict' });
    // The failed creation left nothing behind, not even its default EP.
    expect(await store.listEnterpriseProjects('p2')).toEqual([]);
    await store.createEnterpriseProject({ projectId: 'p1', id: 'ep-a', name: 'team a', createdAt: 2 });
    await expect(store.createEnterpriseProject({ projectId: 'p1', id: 'ep-b', name: 'team a', createdAt: 2 })).rejects.toMatchObject({ code: 'conflict' });
    expect((await store.listEnterpriseProjects('p1')).map((ep) => ep.id)).toEqual(['0', 'ep-a']);
    expect((await store.listProjects()).map((p) => p.id)).toEqual(['p1']);
  });

  it('stores users, bumps the token generation on password and grant changes', async () => {
    expect(await store.countUsers()).toBe(0);
    await store.createUser(user('u1', 'alice'));
    await expect(store.createUser(user('u2', 'alice'))).rejects.toMatchObject({ code: 'conflict' });
    expect(await store.countUsers()).toBe(1);
    expect(await store.findUser('default', 'alice')).toEqual(user('u1', 'alice'));
    expect(await store.findUser('other', 'alice')).toBeUndefined();

    await store.setPasswordHash('u1', '$argon2id$y');
    expect(await store.getUser('u1')).toMatchObject({ passwordHash: '$argon2id$y', tokenGeneration: 1 });
    await store.putGrant({ userId: 'u1', projectId: 'p1', role: 'viewer', enterpriseProjects: ['0'] });
    await store.putGrant({ userId: 'u1', projectId: 'p1', role: 'operator', enterpriseProjects: '*' });
    expect(await store.getGrant('u1', 'p1')).toEqual({ userId: 'u1', projectId: 'p1', role: 'operator', enterpriseProjects: '*' });
    expect((await store.getUser('u1'))?.tokenGeneration).toBe(3);
    await store.revokeGrant('u1', 'p1');
    expect(await store.getGrant('u1', 'p1')).toBeUndefined();
    expect((await store.getUser('u1'))?.tokenGeneration).toBe(4);
  });

  it('keeps access keys per user and deletes a user with everything it owns', async () => {
    await store.createUser(user('u1', 'alice'));
    await store.createUser(user('u2', 'bob'));
    const key = { accessKey: 'AK000000000000000001', userId: 'u1', sealedSecret: 'bwsb1.x', description: 'ci', createdAt: 5 };
    await store.createAccessKey(key);
    await store.createAccessKey({ ...key, accessKey: 'AK000000000000000002', userId: 'u2' });
    await expect(store.createAccessKey(key)).rejects.toMatchObject({ code: 'conflict' });
    expect(await store.getAccessKey(key.accessKey)).toEqual(key);
    expect((await store.listAccessKeys('u1')).map((k) => k.accessKey)).toEqual([key.accessKey]);
    expect(await store.listAccessKeys()).toHaveLength(2);
    await store.putGrant({ userId: 'u1', projectId: 'p1', role: 'admin', enterpriseProjects: ['0', 'x'] });
    await store.recordFailure(`ak:${key.accessKey}`, 10, policy);

    await store.deleteUser('u1');
    expect(await store.getUser('u1')).toBeUndefined();
    expect(await store.getAccessKey(key.accessKey)).toBeUndefined();
    expect(await store.listGrants({ userId: 'u1' })).toEqual([]);
    expect(await store.getLockout(`ak:${key.accessKey}`)).toBeUndefined();
    expect(await store.listAccessKeys()).toHaveLength(1);
    await store.deleteAccessKey('AK000000000000000002');
    expect(await store.listAccessKeys()).toEqual([]);
  });

  it('counts failures, locks at the limit, and restarts the count once the lock ran out', async () => {
    for (let i = 1; i <= 4; i++) {
      expect(await store.recordFailure('user:u1', 1000 + i, policy)).toEqual({ subject: 'user:u1', failures: i, lockedUntil: null });
    }
    expect(await store.recordFailure('user:u1', 1005, policy)).toEqual({ subject: 'user:u1', failures: 5, lockedUntil: 301_005 });
    // A failure during the lock neither extends nor clears it.
    expect(await store.recordFailure('user:u1', 2000, policy)).toMatchObject({ failures: 6, lockedUntil: 301_005 });
    expect(await store.recordFailure('user:u1', 301_005, policy)).toEqual({ subject: 'user:u1', failures: 1, lockedUntil: null });
    await store.clearFailures('user:u1');
    expect(await store.getLockout('user:u1')).toBeUndefined();
  });

  it('loses no failure under concurrent recording', async () => {
    await Promise.all(Array.from({ length: 4 }, () => store.recordFailure('ak:K', 1, { maxFailures: 100, lockMs: 1 })));
    expect((await store.getLockout('ak:K'))?.failures).toBe(4);
  });

  it('rolls a transaction back as a whole', async () => {
    await expect(store.transaction(async (tx) => {
      await tx.createUser(user('u9', 'zed'));
      await tx.createUser(user('u9', 'zed-again'));
    })).rejects.toMatchObject({ code: 'conflict' });
    expect(await store.getUser('u9')).toBeUndefined();
  });
});
