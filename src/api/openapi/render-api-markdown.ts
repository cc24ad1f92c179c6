import type { OpenApiDocument } from './build-openapi.js';

/**
 * The API reference in docs/api.md, rendered from the OpenAPI document (and so from the
 * route declarations). A test fails when the committed file is stale.
 */
export function renderApiMarkdown(doc: OpenApiDocument): string {
  const paths = (doc['paths'] ?? {}) as Record<string, Record<string, Record<string, unknown>>>;
  const out: string[] = [
    '# Bulwark HTTP API reference',
    '',
    '<!-- Generated from the route declarations in src/api/operations by `BULWARK_UPDATE_DOCS=1 npx vitest run src/api/openapi`. Do not edit by hand. -->',
    '',
    'Every `/v5` operation needs `X-Auth-Token` (from `POST /v3/auth/tokens`) or an `SDK-HMAC-SHA256` signature.',
    'Errors are `{"error_code", "error_msg", "request_id"}`; every response carries `X-Request-Id`.',
    'The machine-readable document is served at `/openapi.json`, a browsable page at `/docs`.',
    'Service endpoints: `GET /healthz`, `GET /readyz`, `GET /metrics` (Prometheus text).',
    '',
  ];
  for (const [path, operations] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(operations)) {
      out.push(`## ${String(op['operationId'])}`, '', `\`${method.toUpperCase()} ${path}\``, '', `${String(op['summary'] ?? '')}.`);
      if (typeof op['description'] === 'string') out.push(op['description']);
      out.push('');
      const params = (op['parameters'] ?? []) as Array<Record<string, unknown>>;
      if (params.length > 0) {
        out.push('| parameter | in | required | schema |', '|---|---|---|---|');
        for (const p of params) {
          out.push(`| \`${String(p['name'])}\` | ${String(p['in'])} | ${p['required'] === true ? 'yes' : 'no'} | ${cell(describe(p['schema']))}${typeof p['description'] === 'string' ? ` ${cell(p['description'])}` : ''} |`);
        }
        out.push('');
      }
      const body = op['requestBody'] as { content?: Record<string, { schema?: unknown }> } | undefined;
      for (const [media, content] of Object.entries(body?.content ?? {})) {
        out.push(`Request body (\`${media}\`):`, '', ...fieldLines(content.schema, ''), '');
      }
      const responses = (op['responses'] ?? {}) as Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
      for (const [status, r] of Object.entries(responses)) {
        if (!status.startsWith('2')) continue;
        out.push(`Response ${status}:`, '', ...fieldLines(r.content?.['application/json']?.schema, ''), '');
      }
      const errors = Object.entries(responses).filter(([s]) => !s.startsWith('2')).map(([s, r]) => `${s} (${String(r.description ?? '')})`);
      out.push(`Errors: ${errors.join('; ')}.`, '');
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function fieldLines(schema: unknown, indent: string): string[] {
  const s = asRecord(schema);
  const props = asRecord(s['properties']);
  const required = new Set(Array.isArray(s['required']) ? (s['required'] as string[]) : []);
  const lines: string[] = [];
  for (const [name, raw] of Object.entries(props)) {
    const prop = asRecord(raw);
    const doc = typeof prop['description'] === 'string' ? ` ${prop['description']}` : '';
    lines.push(`${indent}- \`${name}\`${required.has(name) ? '' : ' (optional)'}: ${describe(prop)}${doc}`);
    const items = asRecord(prop['items']);
    if (prop['type'] === 'object') lines.push(...fieldLines(prop, `${indent}  `));
    else if (items['type'] === 'object') lines.push(...fieldLines(items, `${indent}  `));
  }
  return lines;
}

function describe(schema: unknown): string {
  const s = asRecord(schema);
  if (Array.isArray(s['anyOf'])) return (s['anyOf'] as unknown[]).map((m) => `\`${String(asRecord(m)['const'])}\``).join(' \\| ') + bounds(s);
  if (s['type'] === 'array') return `array of ${describe(s['items'])}${bounds(s)}`;
  return `${String(s['type'] ?? 'any')}${bounds(s)}`;
}

function bounds(s: Record<string, unknown>): string {
  const parts: string[] = [];
  if (s['minimum'] !== undefined || s['maximum'] !== undefined) parts.push(`${String(s['minimum'] ?? '')}–${String(s['maximum'] ?? '')}`);
  if (s['minLength'] !== undefined || s['maxLength'] !== undefined) parts.push(`${String(s['minLength'] ?? 0)}–${String(s['maxLength'] ?? '')} chars`);
  if (s['minItems'] !== undefined || s['maxItems'] !== undefined) parts.push(`${String(s['minItems'] ?? 0)}–${String(s['maxItems'] ?? '')} items`);
  if (s['uniqueItems'] === true) parts.push('distinct');
  if (typeof s['pattern'] === 'string') parts.push(`pattern \`${s['pattern']}\``);
  if (s['default'] !== undefined) parts.push(`default \`${JSON.stringify(s['default'])}\``);
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function cell(text: unknown): string {
  return String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
