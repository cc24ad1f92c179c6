import { TypeCompiler } from '@sinclair/typebox/compiler';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildServer } from '../build-server.js';
import type { RouteDefinition } from '../routing/define-route.js';
import type { ServerDeps } from '../server-deps.js';
import { FakeAuthenticator, TEST_PROJECT_ID } from './fake-authenticator.js';
import { FakeTaskUseCases } from './fake-task-use-cases.js';

export const NOW = 1_735_689_600_000;
export const P = `/v5/${TEST_PROJECT_ID}`;

export interface TestServer {
  readonly app: FastifyInstance;
  readonly tasks: FakeTaskUseCases;
  readonly auth: FakeAuthenticator;
  /** inject() with a role token and a JSON body by default. */
  call(options: InjectOptions & { role?: string | null; json?: unknown }): Promise<{ status: number; body: Record<string, unknown>; headers: Record<string, unknown>; raw: string }>;
}

export async function createTestServer(overrides: Partial<ServerDeps> = {}): Promise<TestServer> {
  const tasks = new FakeTaskUseCases();
  const auth = new FakeAuthenticator();
  const app = await buildServer({ tasks, authenticator: auth, clock: () => NOW, ...overrides });
  await app.ready();
  return {
    app, tasks, auth,
    async call({ role = 'admin', json, headers, ...rest }) {
      const res = await app.inject({
        ...rest,
        headers: {
          ...(role === null ? {} : { 'x-auth-token': role }),
          ...(json === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(json === undefined ? {} : { payload: JSON.stringify(json) }),
      });
      let body: Record<string, unknown> = {};
      try { body = JSON.parse(res.body) as Record<string, unknown>; } catch { /* non-JSON bodies are checked through `raw` */ }
      return { status: res.statusCode, body, headers: res.headers, raw: res.body };
    },
  };
}

/** Asserts that a success body matches the response schema the route declares (and documents). */
export function matchesResponseSchema(route: RouteDefinition, status: number, body: unknown): string[] {
  const schema = route.schema.response[status];
  if (schema === undefined) return [`no response schema for ${status}`];
  return [...TypeCompiler.Compile(schema).Errors(body)].map((e) => `${e.path}: ${e.message}`);
}
