import type { TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { BulwarkError, invalidParameter } from '../../domain/errors.js';
import { MultipartPayload } from '../multipart/multipart-payload.js';
import { describeSchemaError } from './describe-schema-error.js';
import { formatField } from './format-field.js';

export type HttpPart = 'body' | 'querystring' | 'params' | 'headers';
export type ValidationResult = { value: unknown } | { error: Error };

/**
 * Fastify validator compiler over TypeBox. Query strings and path parameters arrive as
 * strings and are converted strictly (decimal integers, `true`/`false`) before the check;
 * bodies are never coerced, so `"limit": "10"` in JSON is a type error as in HSS.
 * Failures are BulwarkErrors naming the field, so they map to HSS.0001 like any other.
 */
export function compileValidator(schema: TSchema, part: HttpPart): (data: unknown) => ValidationResult {
  const checker = TypeCompiler.Compile(schema);
  const properties = propertyTypes(schema);
  return (data) => {
    if (part === 'body' && data instanceof MultipartPayload) {
      return { error: new BulwarkError('malformed_body', 'Request body must be application/json') };
    }
    const value = part === 'body' ? (data ?? {}) : convertStrings(data, properties);
    const first = checker.Errors(value).First();
    if (first === undefined) return { value };
    return { error: invalidParameter(formatField(first.path), describeSchemaError(first)) };
  };
}

function propertyTypes(schema: TSchema): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  const props: unknown = schema['properties'];
  if (typeof props !== 'object' || props === null) return out;
  for (const [key, prop] of Object.entries(props)) {
    if (typeof prop === 'object' && prop !== null && 'type' in prop && typeof prop.type === 'string') out.set(key, prop.type);
  }
  return out;
}

function convertStrings(data: unknown, types: ReadonlyMap<string, string>): unknown {
  if (typeof data !== 'object' || data === null) return {};
  // Null prototype: a `__proto__` query key must stay an ordinary key.
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, raw] of Object.entries(data)) {
    out[key] = typeof raw === 'string' ? convertOne(raw, types.get(key)) : raw;
  }
  return out;
}

function convertOne(raw: string, type: string | undefined): unknown {
  if ((type === 'integer' || type === 'number') && /^-?\d{1,15}$/.test(raw)) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}
