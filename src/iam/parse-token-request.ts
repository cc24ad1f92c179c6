import { BulwarkError, invalidParameter } from '../domain/errors.js';
import { DEFAULT_DOMAIN } from './identity-admin.js';
import { MAX_PASSWORD_LENGTH } from './password-hasher.js';

/** A validated `POST /v3/auth/tokens` body (auth.md §2, Keystone v3 password method). */
export interface TokenRequest {
  readonly userName: string;
  readonly domainName: string;
  readonly password: string;
  readonly scope: { readonly projectId: string } | { readonly projectName: string };
}

/**
 * Walks the Keystone body with every field checked; unknown fields are ignored as HSS
 * clients send extras. Errors name the field, e.g. `auth.identity.password.user.name`.
 */
export function parseTokenRequest(body: unknown): TokenRequest {
  if (!isObject(body)) throw new BulwarkError('malformed_body', 'The request body must be a JSON object');
  const auth = object(body, 'auth', 'auth');
  const identity = object(auth, 'identity', 'auth.identity');
  const methods = identity['methods'];
  if (!Array.isArray(methods) || !methods.includes('password')) {
    throw invalidParameter('auth.identity.methods', 'must include "password"');
  }
  const user = object(object(identity, 'password', 'auth.identity.password'), 'user', 'auth.identity.password.user');
  const userName = string(user, 'name', 'auth.identity.password.user.name', 255);
  const password = string(user, 'password', 'auth.identity.password.user.password', MAX_PASSWORD_LENGTH);
  // Keystone insists on a domain; clients of a single-domain Bulwark may leave it out.
  const domainName = user['domain'] === undefined
    ? DEFAULT_DOMAIN
    : string(object(user, 'domain', 'auth.identity.password.user.domain'), 'name', 'auth.identity.password.user.domain.name', 255);

  const project = object(object(auth, 'scope', 'auth.scope'), 'project', 'auth.scope.project');
  if (project['id'] !== undefined) {
    return { userName, domainName, password, scope: { projectId: string(project, 'id', 'auth.scope.project.id', 256) } };
  }
  if (project['name'] !== undefined) {
    return { userName, domainName, password, scope: { projectName: string(project, 'name', 'auth.scope.project.name', 256) } };
  }
  throw invalidParameter('auth.scope.project', 'needs an id or a name');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function object(parent: Record<string, unknown>, key: string, field: string): Record<string, unknown> {
  const value = parent[key];
  if (!isObject(value)) throw invalidParameter(field, value === undefined ? 'is required' : 'must be an object');
  return value;
}

function string(parent: Record<string, unknown>, key: string, field: string, maxLength: number): string {
  const value = parent[key];
  if (typeof value !== 'string') throw invalidParameter(field, value === undefined ? 'is required' : 'must be a string');
  if (value.length < 1 || value.length > maxLength) throw invalidParameter(field, `must be 1-${maxLength} characters`);
  return value;
}
