import type { Static, TSchema } from '@sinclair/typebox';
import type { Role } from '../../domain/principal.js';
import type { CallScope, TaskUseCases } from '../../tasks/use-cases.js';
import type { Authenticator } from '../../iam/authenticator.js';
import type { UploadLimits } from '../mappers/batch-upload-files-mapping.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** What a /v5 operation requires: an authenticated caller with at least this role. */
export type RouteAccess = { readonly role: Role } | 'public';

export interface RouteSchemas<P extends TSchema, Q extends TSchema, B extends TSchema> {
  readonly params?: P;
  readonly querystring?: Q;
  readonly body?: B;
  /** Success responses by HTTP status; documented in the OpenAPI and checked in tests. */
  readonly response: Readonly<Record<number, TSchema>>;
}

/** Services a route handler may use; the composition root provides them. */
export interface RouteServices {
  readonly tasks: TaskUseCases;
  readonly authenticator: Authenticator;
  readonly uploadLimits: UploadLimits;
}

export interface RouteRequest<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  /** The authenticated caller; reading it on a public route is a defect (HSS.9999). */
  readonly scope: CallScope;
  readonly now: number;
  setHeader(name: string, value: string): void;
}

export interface RouteDefinition<P extends TSchema = TSchema, Q extends TSchema = TSchema, B extends TSchema = TSchema> {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** Fastify syntax (`/v5/:project_id/...`); OpenAPI gets `{project_id}`. */
  readonly url: string;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly access: RouteAccess;
  /** Request media type; multipart bodies are handed over unparsed (see MultipartPayload). */
  readonly consumes?: 'application/json' | 'multipart/form-data';
  readonly successStatus?: number;
  readonly schema: RouteSchemas<P, Q, B>;
  handler(request: RouteRequest<Static<P>, Static<Q>, Static<B>>, services: RouteServices): Promise<unknown>;
}

/** Declares one HSS operation. Types of params, query and body follow from the schemas. */
export function defineRoute<P extends TSchema, Q extends TSchema, B extends TSchema>(
  definition: RouteDefinition<P, Q, B>,
): RouteDefinition {
  return definition as unknown as RouteDefinition;
}
