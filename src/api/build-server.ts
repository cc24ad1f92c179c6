import { randomUUID } from 'node:crypto';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { BulwarkError } from '../domain/errors.js';
import { roleAllows } from '../domain/principal.js';
import type { CallScope } from '../tasks/use-cases.js';
import { hssErrorStatus } from './errors/hss-error-status.js';
import { toBulwarkError } from './errors/to-bulwark-error.js';
import { MultipartPayload } from './multipart/multipart-payload.js';
import { MetricsRegistry } from './observability/metrics-registry.js';
import { ALL_ROUTES } from './operations/all-routes.js';
import { buildOpenApi } from './openapi/build-openapi.js';
import { renderDocsPage } from './openapi/render-docs-page.js';
import { compileValidator, type HttpPart } from './routing/compile-validator.js';
import type { RouteDefinition, RouteServices } from './routing/define-route.js';
import { HSS_UPLOAD_LIMITS } from './mappers/batch-upload-files-mapping.js';
import { RateLimiter } from './routing/rate-limiter.js';
import { DEFAULT_BODY_LIMIT_BYTES, type ServerDeps } from './server-deps.js';

export const JSON_CONTENT_TYPE = 'application/json;charset=UTF-8';

interface RequestState {
  readonly now: number;
  readonly startedNs: bigint;
  rawBody: Buffer;
  scope: CallScope | undefined;
}

declare module 'fastify' {
  interface FastifyRequest {
    bulwark: RequestState | null;
  }
  interface FastifyContextConfig {
    operationId?: string;
  }
}

/**
 * The HTTP service: every HSS operation of ALL_ROUTES plus health, readiness, metrics and
 * the OpenAPI document. It never listens; callers use `listen()` or `inject()`.
 */
export async function buildServer(deps: ServerDeps): Promise<FastifyInstance> {
  const clock = deps.clock ?? Date.now;
  const metrics = new MetricsRegistry();
  const limiter = deps.rateLimit === undefined ? undefined : new RateLimiter(deps.rateLimit);
  const app = Fastify({
    ...(deps.logger === undefined ? { logger: false } : { loggerInstance: deps.logger as FastifyBaseLogger }),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    logController: new LogController({ requestIdLogLabel: 'request_id' }),
    bodyLimit: deps.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES,
    routerOptions: { maxParamLength: 1024, ignoreDuplicateSlashes: false },
    requestTimeout: 60_000,
    // Requests that arrive while closing are still served (storage closes after the
    // server); Fastify's default 503 would bypass the HSS error mapping.
    return503OnClosing: false,
    frameworkErrors: (err, request, reply) => { sendError(request, reply, err); },
  });
  app.decorateRequest('bulwark', null);

  app.removeAllContentTypeParsers();
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    if (request.bulwark !== null) request.bulwark.rawBody = body as Buffer;
    parseJson(request, (body as Buffer).toString('utf8'), done);
  });
  app.addContentTypeParser('multipart/form-data', { parseAs: 'buffer' }, (request, body, done) => {
    if (request.bulwark !== null) request.bulwark.rawBody = body as Buffer;
    done(null, new MultipartPayload(request.headers['content-type'] ?? '', body as Buffer));
  });

  app.setValidatorCompiler(({ schema, httpPart }) => compileValidator(schema as never, (httpPart ?? 'body') as HttpPart));
  app.setErrorHandler((err, request, reply) => { sendError(request, reply, err); });
  app.setNotFoundHandler((request, reply) => {
    const path = (request.url.split('?')[0] ?? '').slice(0, 200);
    sendError(request, reply, new BulwarkError('route_not_found', `No operation ${request.method.slice(0, 16)} ${path}`));
  });

  app.addHook('onRequest', async (request, reply) => {
    request.bulwark = { now: clock(), startedNs: process.hrtime.bigint(), rawBody: Buffer.alloc(0), scope: undefined };
    reply.header('X-Request-Id', request.id);
    if (limiter !== undefined && !limiter.allow(rateLimitKey(request), request.bulwark.now)) {
      throw new BulwarkError('rate_limited', 'Too many requests; retry later');
    }
  });
  app.addHook('onResponse', async (request, reply) => {
    const operation = request.routeOptions.config.operationId ?? 'unmatched';
    const started = request.bulwark?.startedNs ?? process.hrtime.bigint();
    metrics.observeRequest(operation, reply.statusCode, Number(process.hrtime.bigint() - started) / 1e9);
  });

  const services: RouteServices = { tasks: deps.tasks, authenticator: deps.authenticator, uploadLimits: deps.uploadLimits ?? HSS_UPLOAD_LIMITS };
  for (const route of ALL_ROUTES) registerRoute(app, route, deps, services);

  const openApi = buildOpenApi(ALL_ROUTES, deps.version ?? '0.0.0');
  const docsPage = renderDocsPage(openApi);
  app.get('/openapi.json', { config: { operationId: 'OpenApi' } }, async (_req, reply) => reply.type(JSON_CONTENT_TYPE).send(JSON.stringify(openApi)));
  app.get('/docs', { config: { operationId: 'Docs' } }, async (_req, reply) => reply.type('text/html;charset=UTF-8').send(docsPage));
  app.get('/healthz', { config: { operationId: 'Healthz' } }, async (_req, reply) => reply.type(JSON_CONTENT_TYPE).send('{"status":"ok"}'));
  app.get('/readyz', { config: { operationId: 'Readyz' } }, async (_req, reply) => {
    const ready = deps.isReady?.() ?? true;
    return reply.status(ready ? 200 : 503).type(JSON_CONTENT_TYPE).send(JSON.stringify({ status: ready ? 'ready' : 'not_ready' }));
  });
  app.get('/metrics', { config: { operationId: 'Metrics' } }, async (_req, reply) => {
    const gauges = deps.readGauges === undefined ? [] : await deps.readGauges();
    return reply.type('text/plain; version=0.0.4; charset=utf-8').send(metrics.render(gauges));
  });
  return app;
}

function registerRoute(app: FastifyInstance, route: RouteDefinition, deps: ServerDeps, services: RouteServices): void {
  const { params, querystring, body } = route.schema;
  const validatedBody = route.consumes === 'multipart/form-data' ? undefined : body;
  app.route({
    method: route.method,
    url: route.url,
    config: { operationId: route.operationId },
    schema: {
      ...(params === undefined ? {} : { params }),
      ...(querystring === undefined ? {} : { querystring }),
      ...(validatedBody === undefined ? {} : { body: validatedBody }),
    },
    // Identity is checked after the body is read (AK/SK signs the raw bytes) and before
    // the body is validated, so unauthenticated callers learn nothing about the API.
    ...(route.access === 'public' ? {} : {
      preValidation: async (request: FastifyRequest) => {
        const state = stateOf(request);
        const projectId = (request.params as Record<string, unknown>)['project_id'];
        const [rawPath = '', rawQuery = ''] = splitOnce(request.raw.url ?? request.url, '?');
        const principal = await deps.authenticator.authenticate({
          method: request.method,
          rawPath,
          rawQuery,
          headers: request.headers,
          body: new Uint8Array(state.rawBody.buffer, state.rawBody.byteOffset, state.rawBody.byteLength),
        }, typeof projectId === 'string' ? projectId : '', state.now);
        if (route.access !== 'public' && !roleAllows(principal.role, route.access.role)) {
          throw new BulwarkError('forbidden', `Role ${principal.role} may not call ${route.operationId}`);
        }
        const ep = (request.query as Record<string, unknown>)['enterprise_project_id'];
        state.scope = { principal, epParam: typeof ep === 'string' ? ep : '0', now: state.now };
      },
    }),
    handler: async (request, reply) => {
      const state = stateOf(request);
      const result = await route.handler({
        params: request.params as never,
        query: request.query as never,
        body: request.body as never,
        get scope(): CallScope {
          if (state.scope === undefined) throw new BulwarkError('internal', `${route.operationId} read the caller of a public route`);
          return state.scope;
        },
        now: state.now,
        setHeader: (name, value) => { void reply.header(name, value); },
      }, services);
      return reply.status(route.successStatus ?? 200).type(JSON_CONTENT_TYPE).send(JSON.stringify(result));
    },
  });
}

function sendError(request: FastifyRequest, reply: FastifyReply, err: unknown): void {
  const error = toBulwarkError(err);
  const { httpStatus, errorCode } = hssErrorStatus(error.code);
  if (error.code === 'internal') request.log.error({ err }, 'unexpected fault while serving a request');
  else request.log.info({ error_code: errorCode, error_msg: error.message }, 'request rejected');
  const body = {
    error_code: errorCode,
    // Internal faults never echo their cause to the caller; the log has it.
    error_msg: error.code === 'internal' ? 'Internal server error' : error.message,
    request_id: request.id,
  };
  void reply.status(httpStatus).header('X-Request-Id', request.id).type(JSON_CONTENT_TYPE).send(JSON.stringify(body));
}

// (ours) per credential when one is presented (AK or token), else per remote address;
// the key is only a bucket name, nothing is trusted from it.
function rateLimitKey(request: FastifyRequest): string {
  const authorization = request.headers['authorization'];
  const ak = typeof authorization === 'string' ? /Access=([^,\s]{1,128})/.exec(authorization)?.[1] : undefined;
  if (ak !== undefined) return `ak:${ak}`;
  const token = request.headers['x-auth-token'];
  if (typeof token === 'string' && token !== '') return `token:${token.slice(-64)}`;
  return `ip:${request.ip}`;
}

function stateOf(request: FastifyRequest): RequestState {
  if (request.bulwark === null) throw new BulwarkError('internal', 'request state missing');
  return request.bulwark;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}
