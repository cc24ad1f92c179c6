import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_ROUTES } from './operations/all-routes.js';
import { createFakeClusterUseCases } from '../tasks/cluster/testing/fake-cluster-use-cases.js';
import { FakeTaskUseCases } from './testing/fake-task-use-cases.js';
import { createTestServer, P } from './testing/test-server.js';

/** A valid request per operation, the seed that mutations start from. */
const SEEDS: Readonly<Record<string, { query: Record<string, string>; body: unknown }>> = {
  KeystoneCreateUserTokenByPassword: {
    query: {},
    body: { auth: { identity: { methods: ['password'], password: { user: { name: 'a', password: 'good', domain: { name: 'd' } } } }, scope: { project: { id: 'pid123' } } } },
  },
  CreateTask: { query: { enterprise_project_id: '0' }, body: { task_type: 'cluster_scan', cluster_scan_info: { scan_type_list: ['benchmark'], range_type: 'specific_cluster', cluster_id_list: ['c'] } } },
  ListTasks: { query: { offset: '0', limit: '10' }, body: { task_type: 'cluster_scan', sort_dir: 'asc', start_create_time: 1, end_create_time: 2, cluster_scan_info: { scan_type_list: ['benchmark'] } } },
  ListTaskResources: { query: { limit: '10' }, body: { task_type: 'iac_scan', iac_scan_info: { scan_status: 'failed', file_name: 'x' } } },
  ShowTaskStatistics: { query: { task_type: 'iac_scan' }, body: undefined },
  BatchUploadFiles: { query: {}, body: undefined },
  ListIacFiles: { query: { offset: '0', limit: '10', scan_type: 'manual_scan', risky: 'true' }, body: undefined },
  ListIacFileRisks: { query: { offset: '0', limit: '10', file_id: 'f', risk_level: 'tips' }, body: undefined },
  ListIacFileRiskPaths: { query: { offset: '0', limit: '10', file_id: 'f', rule_id: 'r' }, body: undefined },
  RegisterCluster: { query: {}, body: { cluster_name: 'c', cluster_type: 'cce', kubeconfig: 'apiVersion: v1\nkind: Config\n', context: 'x' } },
  DeleteCluster: { query: {}, body: undefined },
  ListKubernetesClusterDetails: { query: { offset: '0', limit: '10', cluster_name: 'c' }, body: undefined },
  ListClusterRisks: { query: { limit: '10', risk_type: 'benchmark', risk_level: 'high' }, body: undefined },
  ListClusterRiskAffectResources: { query: { limit: '10', cluster_id: 'c' }, body: undefined },
  ListClusterVulnerabilities: { query: { limit: '10', severity: 'critical' }, body: undefined },
};

type Json = unknown;

/** Replaces, removes or adds one value somewhere inside a JSON document. */
function mutate(doc: Json, path: readonly number[], replacement: Json, mode: number): Json {
  if (typeof doc !== 'object' || doc === null) return mode === 0 ? replacement : doc;
  const entries: Array<[string, Json]> = Array.isArray(doc) ? doc.map((v, i) => [String(i), v]) : Object.entries(doc);
  if (path.length === 0 || entries.length === 0) {
    if (Array.isArray(doc)) return mode === 1 ? doc.slice(1) : [...doc, replacement];
    return mode === 1 ? Object.fromEntries(entries.slice(1)) : { ...doc, [`k${mode}`]: replacement };
  }
  const index = (path[0] ?? 0) % entries.length;
  const rebuilt = entries.map(([k, v], i) => [k, i === index ? mutate(v, path.slice(1), replacement, mode) : v] as [string, Json]);
  return Array.isArray(doc) ? rebuilt.map(([, v]) => v) : Object.fromEntries(rebuilt);
}

const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('', '-1', '10', '201', '2000001', 'true', 'all_granted_eps', '%', '__proto__', '\u0000', 'a'.repeat(300)));
const jsonValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(null, -1, 1e308, '', 'benchmark', [], {}, ['x', 'x']));
const contentType = fc.constantFrom(
  'application/json', 'application/json;charset=UTF-8', 'text/plain', 'multipart/form-data; boundary=zz', 'multipart/form-data',
  'application/x-www-form-urlencoded', 'application/json; charset=latin1', '',
);

describe('fuzz: every endpoint answers random and mutated input without a 5xx, in the HSS error shape', () => {
  for (const route of ALL_ROUTES) {
    it(route.operationId, async () => {
      const s = await createTestServer({ tasks: Object.assign(new FakeTaskUseCases(), { clusters: createFakeClusterUseCases() }) });
      const seed = SEEDS[route.operationId];
      expect(seed, `seed for ${route.operationId}`).toBeDefined();
      // Every path parameter other than the project gets the same short id, so variants can lengthen it.
      const url = route.url.replace(':project_id', 'pid123').replace(/:[a-z_]+/g, 't1');
      await fc.assert(fc.asyncProperty(
        fc.record({
          method: fc.oneof(fc.constant(route.method), fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH')),
          pathVariant: fc.constantFrom(url, `${url}/`, url.replace('pid123', 'p%2Fq'), url.replace('pid123', 'p%zz'), `${P}/%`, url.replace('t1', 'x'.repeat(80))),
          queryMutation: fc.dictionary(fc.oneof(fc.constantFrom(...Object.keys(seed?.query ?? {}), 'offset', 'limit', 'enterprise_project_id'), fc.string({ maxLength: 8 })), text, { maxKeys: 4 }),
          bodyPath: fc.array(fc.nat(), { maxLength: 5 }),
          bodyReplacement: jsonValue,
          bodyMode: fc.nat(3),
          rawBody: fc.option(fc.oneof(fc.string({ maxLength: 200 }), fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1'))), { freq: 4 }),
          contentType,
          role: fc.constantFrom('admin', 'viewer', 'expired', 'nobody', 'operator'),
        }),
        async (c) => {
          const query = new URLSearchParams({ ...seed?.query, ...c.queryMutation }).toString();
          const payload = c.rawBody ?? (seed?.body === undefined ? undefined : JSON.stringify(mutate(seed.body, c.bodyPath, c.bodyReplacement, c.bodyMode)));
          const r = await s.app.inject({
            method: c.method as 'GET',
            url: `${c.pathVariant}?${query}`,
            headers: { 'x-auth-token': c.role, ...(c.contentType === '' ? {} : { 'content-type': c.contentType }) },
            ...(payload === undefined || c.method === 'GET' ? {} : { payload }),
          });
          expect(r.statusCode).toBeLessThan(500);
          expect(r.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
          if (r.statusCode >= 400) {
            const body = JSON.parse(r.body) as Record<string, unknown>;
            expect(Object.keys(body).sort()).toEqual(['error_code', 'error_msg', 'request_id']);
            expect(body['error_code']).toMatch(/^(HSS|APIGW)\.\d{4}$/);
            expect(body['request_id']).toBe(r.headers['x-request-id']);
          }
        },
      ), { numRuns: 250 });
    });
  }

  it('multipart parser survives random bytes and random boundaries', async () => {
    const s = await createTestServer();
    await fc.assert(fc.asyncProperty(
      fc.string({ minLength: 1, maxLength: 12 }).filter((b) => /^[A-Za-z0-9'()+_,-./:=?]+$/.test(b)),
      fc.array(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('\r\n', '--', 'Content-Disposition: form-data; name="files"; filename="a"', 'name="upload_type"', 'k8s_yaml')), { maxLength: 20 }),
      async (boundary, pieces) => {
        const payload = pieces.map((p) => (p === '--' ? `--${boundary}` : p)).join('\r\n');
        const r = await s.app.inject({
          method: 'POST', url: `${P}/common/files/batch-upload`, payload,
          headers: { 'x-auth-token': 'admin', 'content-type': `multipart/form-data; boundary=${boundary}` },
        });
        expect(r.statusCode).toBeLessThan(500);
      },
    ), { numRuns: 300 });
  });
});
