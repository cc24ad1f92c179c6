import type { TSchema } from '@sinclair/typebox';
import type { RouteDefinition } from '../routing/define-route.js';
import { HssErrorBody } from '../schemas/common-schemas.js';

export type OpenApiDocument = Readonly<Record<string, unknown>>;

const ERROR_RESPONSES: Readonly<Record<string, string>> = {
  400: 'Invalid parameter (HSS.0001), unparseable body (HSS.0002) or unknown object (HSS.0011)',
  401: 'Missing or invalid credentials (APIGW.0301) or expired token (APIGW.0307)',
  403: 'Role or project not granted (APIGW.0302) or enterprise project not granted (HSS.0013)',
  413: 'Request body larger than the limit (APIGW.0201)',
  429: 'Rate limit reached (APIGW.0308)',
  500: 'Unexpected server fault (HSS.9999)',
};

/**
 * Builds the OpenAPI 3.1 document from the route declarations, so the document cannot
 * drift from what the server validates. TypeBox schemas are JSON Schema already;
 * JSON round-tripping drops TypeBox's symbol-keyed metadata.
 */
export function buildOpenApi(routes: readonly RouteDefinition[], version: string): OpenApiDocument {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:([A-Za-z_]+)/g, '{$1}');
    const operations = (paths[path] ??= {});
    operations[route.method.toLowerCase()] = toOperation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Bulwark: HSS v5 container-security task API',
      version,
      description: 'Wire-compatible subset of the Huawei Cloud HSS v5 task, IaC and cluster APIs. Errors use the HSS body.',
    },
    paths,
    components: {
      schemas: { HssError: plain(HssErrorBody) },
      securitySchemes: {
        token: { type: 'apiKey', in: 'header', name: 'X-Auth-Token', description: 'From POST /v3/auth/tokens' },
        akSk: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'SDK-HMAC-SHA256 signature with X-Sdk-Date' },
      },
    },
  };
}

function toOperation(route: RouteDefinition): Record<string, unknown> {
  const parameters = [
    ...toParameters(route.schema.params, 'path'),
    ...toParameters(route.schema.querystring, 'query'),
  ];
  const responses: Record<string, unknown> = {};
  for (const [status, schema] of Object.entries(route.schema.response)) {
    responses[status] = { description: 'Success', content: { 'application/json': { schema: plain(schema) } } };
  }
  for (const [status, description] of Object.entries(ERROR_RESPONSES)) {
    if (route.access === 'public' && status === '403') continue;
    responses[status] = { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/HssError' } } } };
  }
  return {
    operationId: route.operationId,
    summary: route.summary,
    tags: [...route.tags],
    ...(route.access === 'public' ? { security: [] } : {
      security: [{ token: [] }, { akSk: [] }],
      description: `Requires the ${route.access.role} role (or higher) in the project.`,
    }),
    ...(parameters.length === 0 ? {} : { parameters }),
    ...(route.schema.body === undefined ? {} : {
      requestBody: { required: true, content: { [route.consumes ?? 'application/json']: { schema: plain(route.schema.body) } } },
    }),
    responses,
  };
}

function toParameters(schema: TSchema | undefined, location: 'path' | 'query'): unknown[] {
  if (schema === undefined) return [];
  const properties = (schema['properties'] ?? {}) as Record<string, TSchema>;
  const required = new Set((schema['required'] ?? []) as string[]);
  return Object.entries(properties).map(([name, prop]) => {
    const { description, ...rest } = plain(prop) as Record<string, unknown>;
    return {
      name,
      in: location,
      required: location === 'path' || required.has(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

function plain(schema: TSchema): unknown {
  return JSON.parse(JSON.stringify(schema));
}
