import { describe, expect, it } from 'vitest';
import { createTestServer, matchesResponseSchema } from '../testing/test-server.js';
import { keystoneCreateUserTokenByPassword } from './keystone-create-user-token-by-password.js';

const body = (password: string) => ({
  auth: {
    identity: { methods: ['password'], password: { user: { name: 'admin', password, domain: { name: 'default' } } } },
    scope: { project: { id: 'pid123' } },
  },
});

describe('KeystoneCreateUserTokenByPassword', () => {
  it('answers 201 with the token in X-Subject-Token, without needing a credential', async () => {
    const s = await createTestServer();
    const r = await s.call({ method: 'POST', url: '/v3/auth/tokens', role: null, json: body('good') });
    expect(r.status).toBe(201);
    expect(r.headers['x-subject-token']).toBe('issued-token');
    expect(matchesResponseSchema(keystoneCreateUserTokenByPassword, 201, r.body)).toEqual([]);
  });

  it('answers 401 APIGW.0301 for wrong credentials and 400 HSS.0001 for a malformed body', async () => {
    const s = await createTestServer();
    const wrong = await s.call({ method: 'POST', url: '/v3/auth/tokens', role: null, json: body('bad') });
    expect([wrong.status, wrong.body['error_code']]).toEqual([401, 'APIGW.0301']);
    expect(wrong.headers['x-subject-token']).toBeUndefined();
    const malformed = await s.call({ method: 'POST', url: '/v3/auth/tokens', role: null, json: { auth: { identity: {}, scope: { project: { id: 'p' } } } } });
    expect([malformed.status, malformed.body['error_code']]).toEqual([400, 'HSS.0001']);
    expect(String(malformed.body['error_msg'])).toContain('auth.identity.methods');
  });
});
