import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuthRequest } from './authenticator.js';
import { createAuthenticator } from './create-authenticator.js';
import { formatSdkDate, signSdkRequest } from './sdk-hmac-signature.js';
import { iamTestDatabases } from '../storage/sql/iam-test-databases.js';
import { createIdentityFixture, FIXTURE_NOW, TEST_PASSWORD_HASHER, type IdentityFixture } from './testing/identity-fixture.js';

const MINUTE = 60_000;
const databases = await iamTestDatabases();
let fixture: IdentityFixture;
afterEach(async () => {
  await fixture?.close();
});

const loginBody = (password: string, scope: object = { id: 'pid123' }, name = 'alice') => ({
  auth: {
    identity: { methods: ['password'], password: { user: { name, password, domain: { name: 'default' } } } },
    scope: { project: scope },
  },
});

const tokenRequest = (token: string): AuthRequest => ({
  method: 'GET', rawPath: '/v5/pid123/common/task-statistics', rawQuery: '', headers: { 'x-auth-token': token }, body: new Uint8Array(),
});

function signedRequest(f: IdentityFixture, now: number, secretKey = f.secretKey): AuthRequest {
  const unsigned: AuthRequest = {
    method: 'POST',
    rawPath: '/v5/pid123/common/tasks/batch-query',
    rawQuery: 'limit=10',
    headers: { host: 'bulwark:8080', 'content-type': 'application/json', 'x-project-id': 'pid123', 'x-sdk-date': formatSdkDate(now) },
    body: new TextEncoder().encode('{}'),
  };
  const authorization = signSdkRequest(unsigned, f.accessKey, secretKey, ['content-type', 'host', 'x-project-id', 'x-sdk-date']);
  return { ...unsigned, headers: { ...unsigned.headers, authorization } };
}

describe('POST /v3/auth/tokens', () => {
  it('issues a project-scoped token with the Keystone 201 body', async () => {
    fixture = await createIdentityFixture({ role: 'viewer', eps: ['ep-a'] });
    const issued = await fixture.authenticator.issueToken(loginBody(fixture.password), FIXTURE_NOW);
    expect(issued.body).toEqual({
      token: {
        expires_at: '2026-01-16T12:00:00.000000Z',
        issued_at: '2026-01-15T12:00:00.000000Z',
        methods: ['password'],
        project: { id: 'pid123', name: 'main' },
        user: { id: expect.stringMatching(/^[0-9a-f]{32}$/), name: 'alice', domain: { name: 'default' } },
        roles: [{ name: 'viewer' }],
      },
    });
    expect(await fixture.authenticator.authenticate(tokenRequest(issued.token), 'pid123', FIXTURE_NOW + 1)).toEqual({
      userId: expect.any(String), userName: 'alice', projectId: 'pid123', role: 'viewer', enterpriseProjects: ['ep-a'],
    });
    const byName = await fixture.authenticator.issueToken(loginBody(fixture.password, { name: 'main' }), FIXTURE_NOW);
    expect(byName.token).not.toBe(issued.token);
  });

  it('answers the same 401 for an unknown user and a wrong password', async () => {
    fixture = await createIdentityFixture();
    const wrong = await fixture.authenticator.issueToken(loginBody('wrong password!'), FIXTURE_NOW).catch((e: unknown) => e);
    const unknown = await fixture.authenticator.issueToken(loginBody(fixture.password, { id: 'pid123' }, 'mallory'), FIXTURE_NOW).catch((e: unknown) => e);
    expect(wrong).toMatchObject({ code: 'unauthenticated' });
    expect(unknown).toMatchObject({ code: 'unauthenticated', message: (wrong as Error).message });
  });

  it('refuses projects that are unknown or not granted with 403', async () => {
    fixture = await createIdentityFixture();
    await fixture.admin.createProject({ id: 'other', name: 'other' }, FIXTURE_NOW);
    for (const scope of [{ id: 'other' }, { id: 'nope' }, { name: 'nope' }]) {
      await expect(fixture.authenticator.issueToken(loginBody(fixture.password, scope), FIXTURE_NOW)).rejects.toMatchObject({ code: 'forbidden' });
    }
  });

  it('validates the body and names the field', async () => {
    fixture = await createIdentityFixture();
    const cases: Array<[unknown, string]> = [
      [null, 'malformed_body'],
      [[], 'malformed_body'],
      [{}, 'invalid_parameter'],
      [{ auth: { identity: { methods: ['token'] } } }, 'invalid_parameter'],
      [{ auth: { ...loginBody('x').auth, scope: {} } }, 'invalid_parameter'],
      [{ auth: { ...loginBody('x').auth, scope: { project: {} } } }, 'invalid_parameter'],
      [{ auth: { ...loginBody('x').auth, scope: { project: { id: 7 } } } }, 'invalid_parameter'],
      [loginBody(''), 'invalid_parameter'],
      [loginBody('x'.repeat(2000)), 'invalid_parameter'],
    ];
    for (const [body, code] of cases) {
      await expect(fixture.authenticator.issueToken(body, FIXTURE_NOW), JSON.stringify(body).slice(0, 80)).rejects.toMatchObject({ code });
    }
    await expect(fixture.authenticator.issueToken({ auth: { identity: { methods: ['password'], password: { user: { name: 'a', password: 'b', domain: 'd' } } } } }, FIXTURE_NOW))
      .rejects.toMatchObject({ field: 'auth.identity.password.user.domain' });
    // Without a domain the default one is meant.
    const { auth } = loginBody(fixture.password);
    const noDomain = { auth: { ...auth, identity: { methods: ['password'], password: { user: { name: 'alice', password: fixture.password } } } } };
    await expect(fixture.authenticator.issueToken(noDomain, FIXTURE_NOW)).resolves.toHaveProperty('token');
  });
});

describe('X-Auth-Token', () => {
  it('expires after the configured TTL (APIGW.0307)', async () => {
    fixture = await createIdentityFixture({ authenticator: { tokenTtlMs: 10 * MINUTE } });
    const { token } = await fixture.authenticator.issueToken(loginBody(fixture.password), FIXTURE_NOW);
    await expect(fixture.authenticator.authenticate(tokenRequest(token), 'pid123', FIXTURE_NOW + 10 * MINUTE - 1)).resolves.toMatchObject({ userName: 'alice' });
    await expect(fixture.authenticator.authenticate(tokenRequest(token), 'pid123', FIXTURE_NOW + 10 * MINUTE)).rejects.toMatchObject({ code: 'token_expired' });
  });

  it('is tamper-proof and bound to its project and master key', async () => {
    fixture = await createIdentityFixture();
    await fixture.admin.createProject({ id: 'pid999', name: 'second' }, FIXTURE_NOW);
    await fixture.admin.setGrant({ name: 'alice' }, 'pid999', 'admin', '*');
    const { token } = await fixture.authenticator.issueToken(loginBody(fixture.password), FIXTURE_NOW);
    const [head, payload, mac] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, p: 'pid999', exp: (claims['exp'] as number) * 2 })).toString('base64url');
    const flipped = payload.slice(0, -2) + (payload.at(-2) === 'A' ? 'B' : 'A') + payload.at(-1);
    for (const bad of [`${head}.${forged}.${mac}`, `${head}.${flipped}.${mac}`, `${token}x`, token.slice(0, -3), 'garbage', `${head}.${payload}`]) {
      await expect(fixture.authenticator.authenticate(tokenRequest(bad), 'pid123', FIXTURE_NOW), bad).rejects.toMatchObject({ code: 'unauthenticated' });
    }
    // A token for pid123 does not open pid999, although alice holds that project too.
    await expect(fixture.authenticator.authenticate(tokenRequest(token), 'pid999', FIXTURE_NOW)).rejects.toMatchObject({ code: 'forbidden' });
    const otherKey = createAuthenticator({ store: fixture.store, masterKey: new Uint8Array(randomBytes(32)), passwordHasher: TEST_PASSWORD_HASHER });
    await expect(otherKey.authenticate(tokenRequest(token), 'pid123', FIXTURE_NOW)).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(fixture.authenticator.authenticate(tokenRequest('x'.repeat(32_769)), 'pid123', FIXTURE_NOW)).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it.each(databases)('dies when the password or the grants change, or the user is deleted ($name)', async (target) => {
    fixture = await createIdentityFixture({ target });
    const login = async () => (await fixture.authenticator.issueToken(loginBody(fixture.password), FIXTURE_NOW)).token;
    const check = (token: string) => fixture.authenticator.authenticate(tokenRequest(token), 'pid123', FIXTURE_NOW + 1);

    let token = await login();
    await fixture.admin.setPassword({ name: 'alice' }, fixture.password);
    await expect(check(token)).rejects.toMatchObject({ code: 'unauthenticated' });

    token = await login();
    await fixture.admin.setGrant({ name: 'alice' }, 'pid123', 'viewer', ['0']);
    await expect(check(token)).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(check(await login())).resolves.toMatchObject({ role: 'viewer', enterpriseProjects: ['0'] });

    token = await login();
    await fixture.admin.revokeGrant({ name: 'alice' }, 'pid123');
    await expect(check(token)).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(login()).rejects.toMatchObject({ code: 'forbidden' });

    await fixture.admin.setGrant({ name: 'alice' }, 'pid123', 'admin', '*');
    token = await login();
    await fixture.admin.deleteUser({ name: 'alice' });
    await expect(check(token)).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('requires some credential', async () => {
    fixture = await createIdentityFixture();
    const bare: AuthRequest = { ...tokenRequest('x'), headers: {} };
    await expect(fixture.authenticator.authenticate(bare, 'pid123', FIXTURE_NOW)).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(fixture.authenticator.authenticate({ ...bare, headers: { authorization: 'Basic YTpi' } }, 'pid123', FIXTURE_NOW)).rejects.toMatchObject({ code: 'unauthenticated' });
  });
});

describe.each(databases)('lockout after 5 consecutive failures on $name', (target) => {
  it('locks a user for 5 minutes, then lets the right password in', async () => {
    fixture = await createIdentityFixture({ target });
    const t0 = FIXTURE_NOW;
    for (let i = 0; i < 4; i++) await expect(fixture.authenticator.issueToken(loginBody('bad password'), t0 + i)).rejects.toMatchObject({ code: 'unauthenticated' });
    // A success before the fifth failure resets the count.
    await fixture.authenticator.issueToken(loginBody(fixture.password), t0 + 4);
    for (let i = 0; i < 5; i++) await expect(fixture.authenticator.issueToken(loginBody('bad password'), t0 + 10 + i)).rejects.toMatchObject({ code: 'unauthenticated' });
    const locked = await fixture.authenticator.issueToken(loginBody(fixture.password), t0 + 20).catch((e: unknown) => e);
    const wrong = await fixture.authenticator.issueToken(loginBody('bad password', { id: 'pid123' }, 'nobody'), t0 + 20).catch((e: unknown) => e);
    expect(locked).toMatchObject({ code: 'unauthenticated', message: (wrong as Error).message });
    await expect(fixture.authenticator.issueToken(loginBody(fixture.password), t0 + 14 + 5 * MINUTE - 1)).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(fixture.authenticator.issueToken(loginBody(fixture.password), t0 + 14 + 5 * MINUTE)).resolves.toHaveProperty('token');
  });

  it('locks an access key for 5 minutes after 5 bad signatures', async () => {
    fixture = await createIdentityFixture({ target });
    const t0 = FIXTURE_NOW;
    const auth = (request: AuthRequest, now: number) => fixture.authenticator.authenticate(request, 'pid123', now);
    for (let i = 0; i < 5; i++) {
      await expect(auth(signedRequest(fixture, t0 + i, 'not-the-secret'), t0 + i)).rejects.toMatchObject({ code: 'unauthenticated' });
    }
    await expect(auth(signedRequest(fixture, t0 + 10), t0 + 10)).rejects.toMatchObject({ code: 'unauthenticated' });
    const unlockAt = t0 + 4 + 5 * MINUTE;
    await expect(auth(signedRequest(fixture, unlockAt), unlockAt)).resolves.toMatchObject({ userName: 'alice' });
    // Unlocked with a clean slate: four new failures do not lock again.
    for (let i = 1; i <= 4; i++) await expect(auth(signedRequest(fixture, unlockAt + i, 'nope'), unlockAt + i)).rejects.toThrow();
    await expect(auth(signedRequest(fixture, unlockAt + 5), unlockAt + 5)).resolves.toMatchObject({ userName: 'alice' });
  });
});

describe('roles and enterprise projects', () => {
  it('reads role and EP set from the current grant, for AK/SK callers too', async () => {
    fixture = await createIdentityFixture({ role: 'viewer', eps: ['ep-a', '0'] });
    const auth = () => fixture.authenticator.authenticate(signedRequest(fixture, FIXTURE_NOW), 'pid123', FIXTURE_NOW);
    await expect(auth()).resolves.toMatchObject({ role: 'viewer', enterpriseProjects: ['0', 'ep-a'] });
    await fixture.admin.setGrant({ name: 'alice' }, 'pid123', 'admin', '*');
    await expect(auth()).resolves.toMatchObject({ role: 'admin', enterpriseProjects: '*' });
    await fixture.admin.revokeGrant({ name: 'alice' }, 'pid123');
    await expect(auth()).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('grants only enterprise projects that exist in the project', async () => {
    fixture = await createIdentityFixture();
    await expect(fixture.admin.setGrant({ name: 'alice' }, 'pid123', 'viewer', ['ep-missing'])).rejects.toMatchObject({ code: 'not_found' });
    await expect(fixture.admin.setGrant({ name: 'alice' }, 'pid123', 'root', '*')).rejects.toMatchObject({ code: 'invalid_parameter' });
    await expect(fixture.admin.setGrant({ name: 'alice' }, 'pid123', 'viewer', [])).rejects.toMatchObject({ code: 'invalid_parameter' });
  });
});
