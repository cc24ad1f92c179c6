import { BulwarkError } from '../../domain/errors.js';
import type { Principal, Role } from '../../domain/principal.js';
import type { AuthRequest, Authenticator, IssuedToken } from '../../iam/authenticator.js';

export const TEST_PROJECT_ID = 'pid123';

/**
 * Test double for the identity module: `X-Auth-Token: <role>` authenticates with that
 * role in TEST_PROJECT_ID, `expired` is an expired token, anything else is rejected.
 * Every request it sees is recorded so tests can check the raw bytes handed over.
 */
export class FakeAuthenticator implements Authenticator {
  readonly seen: Array<{ request: AuthRequest; projectId: string; now: number }> = [];

  async authenticate(request: AuthRequest, projectId: string, now: number): Promise<Principal> {
    this.seen.push({ request, projectId, now });
    const token = request.headers['x-auth-token'];
    if (token === 'expired') throw new BulwarkError('token_expired', 'The token has expired');
    if (token !== 'viewer' && token !== 'operator' && token !== 'admin') throw new BulwarkError('unauthenticated', 'Authentication required');
    if (projectId !== TEST_PROJECT_ID) throw new BulwarkError('forbidden', 'Project not granted');
    return { userId: 'u1', userName: 'tester', projectId, role: token as Role, enterpriseProjects: '*' };
  }

  async issueToken(body: unknown, now: number): Promise<IssuedToken> {
    const password = (body as { auth?: { identity?: { password?: { user?: { password?: string } } } } }).auth?.identity?.password?.user?.password;
    if (password !== 'good') throw new BulwarkError('unauthenticated', 'Invalid credentials');
    const at = new Date(now).toISOString();
    return {
      token: 'issued-token',
      body: {
        token: {
          expires_at: at, issued_at: at, methods: ['password'], project: { id: TEST_PROJECT_ID, name: 'p' },
          user: { id: 'u1', name: 'tester', domain: { name: 'default' } }, roles: [{ name: 'admin' }],
        },
      },
    };
  }
}
