import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ALL_ROUTES } from '../operations/all-routes.js';
import { buildOpenApi } from './build-openapi.js';
import { renderApiMarkdown } from './render-api-markdown.js';

const doc = buildOpenApi(ALL_ROUTES, '0.0.0-test');
const paths = doc['paths'] as Record<string, Record<string, Record<string, unknown>>>;

describe('OpenAPI document', () => {
  it('has one operation per route declaration with HSS paths and operation ids', () => {
    const ids = Object.values(paths).flatMap((ops) => Object.values(ops).map((o) => o['operationId']));
    expect(ids.sort()).toEqual(ALL_ROUTES.map((r) => r.operationId).sort());
    expect(Object.keys(paths)).toContain('/v5/{project_id}/common/tasks/{task_id}/resources/batch-query');
    const list = paths['/v5/{project_id}/common/tasks/batch-query']?.['post'];
    const limit = (list?.['parameters'] as Array<Record<string, unknown>>).find((p) => p['name'] === 'limit');
    expect(limit).toMatchObject({ in: 'query', required: false, schema: { type: 'integer', minimum: 10, maximum: 200, default: 10 } });
    const upload = paths['/v5/{project_id}/common/files/batch-upload']?.['post'] as { requestBody: { content: Record<string, unknown> } };
    expect(Object.keys(upload.requestBody.content)).toEqual(['multipart/form-data']);
  });

  it('contains only valid JSON Schema (every schema compiles under draft 2020-12)', () => {
    const ajv = new Ajv2020({ strict: false });
    const schemas: unknown[] = [];
    const walk = (node: unknown, key: string): void => {
      if (typeof node !== 'object' || node === null) return;
      if (key === 'schema' && !('$ref' in node)) schemas.push(node);
      for (const [k, v] of Object.entries(node)) walk(v, k);
    };
    walk(paths, '');
    expect(schemas.length).toBeGreaterThan(30);
    for (const s of schemas) expect(() => ajv.compile(s as object)).not.toThrow();
  });

  it('docs/api.md is generated from it and up to date', () => {
    const file = fileURLToPath(new URL('../../../docs/api.md', import.meta.url));
    const expected = renderApiMarkdown(doc);
    if (process.env['BULWARK_UPDATE_DOCS'] === '1') writeFileSync(file, expected);
    expect(existsSync(file), 'docs/api.md missing: run with BULWARK_UPDATE_DOCS=1').toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });
});
