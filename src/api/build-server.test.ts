import { describe, expect, it } from 'vitest';
import { BulwarkError } from '../domain/errors.js';
import { createTestServer, NOW, P } from './testing/test-server.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('buildServer: conventions shared by every endpoint', () => {
  it('answers unknown paths and methods with 404 APIGW.0101 in the HSS error shape', async () => {
    const s = await createTestServer();
    for (const [method, url] of [['GET', '/nope'], ['DELETE', `${P}/common/task`], ['GET', `${P}/common/tasks/batch-query`]] as const) {
      const r = await s.call({ method, url });
      expect(r.status).toBe(404);
      expect(r.body['error_code']).toBe('APIGW.0101');
      expect(r.body['request_id']).toBe(r.headers['x-request-id']);
    }
  });

  it('puts a UUID X-Request-Id on every response and the JSON content type of HSS', async () => {
    const s = await createTestServer();
    const ok = await s.call({ method: 'GET', url: `${P}/common/task-statistics?task_type=iac_scan` });
    expect(ok.status).toBe(200);
    expect(ok.headers['x-request-id']).toMatch(UUID);
    expect(ok.headers['content-type']).toBe('application/json;charset=UTF-8');
    const bad = await s.call({ method: 'GET', url: `${P}/common/task-statistics` });
    expect(bad.headers['x-request-id']).toMatch(UUID);
    expect(bad.headers['x-request-id']).not.toBe(ok.headers['x-request-id']);
    expect(bad.headers['content-type']).toBe('application/json;charset=UTF-8');
  });

  it('ignores a client-supplied request id', async () => {
    const s = await createTestServer();
    const r = await s.call({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'mine' } });
    expect(r.headers['x-request-id']).toMatch(UUID);
  });

  it('accepts application/json with or without a charset, in any letter case', async () => {
    const s = await createTestServer();
    for (const ct of ['application/json', 'application/json;charset=UTF-8', 'application/json; charset=utf-8', 'Application/JSON']) {
      const r = await s.call({ method: 'POST', url: `${P}/common/tasks/batch-query`, headers: { 'content-type': ct }, payload: '{"task_type":"iac_scan"}' });
      expect(r.status, ct).toBe(200);
    }
  });

  it('rejects bodies that are not JSON with 400 HSS.0002', async () => {
    const s = await createTestServer();
    const cases: Array<[string | undefined, string]> = [
      ['application/json', '{"task_type":'], ['application/json', ''], ['text/plain', '{"task_type":"iac_scan"}'],
      [undefined, '{"task_type":"iac_scan"}'], ['application/json', '{"__proto__":{"x":1},"task_type":"iac_scan"}'],
      ['multipart/form-data; boundary=x', '--x--'],
    ];
    for (const [ct, payload] of cases) {
      const r = await s.call({ method: 'POST', url: `${P}/common/tasks/batch-query`, headers: ct === undefined ? {} : { 'content-type': ct }, payload });
      expect(r.status, `${ct} ${payload}`).toBe(400);
      expect(r.body['error_code'], `${ct} ${payload}`).toBe('HSS.0002');
    }
  });

  it('rejects JSON bodies over 12 MB with 413 APIGW.0201', async () => {
    const s = await createTestServer();
    const payload = JSON.stringify({ task_type: 'iac_scan', pad: 'x'.repeat(12 * 1024 * 1024) });
    const r = await s.call({ method: 'POST', url: `${P}/common/tasks/batch-query`, headers: { 'content-type': 'application/json' }, payload });
    expect(r.status).toBe(413);
    expect(r.body['error_code']).toBe('APIGW.0201');
  });

  it('maps every BulwarkError code once to the HSS status and error_code', async () => {
    const expected: Array<[ConstructorParameters<typeof BulwarkError>[0], number, string]> = [
      ['invalid_parameter', 400, 'HSS.0001'], ['malformed_body', 400, 'HSS.0002'], ['not_found', 400, 'HSS.0011'],
      ['ep_forbidden', 403, 'HSS.0013'], ['unauthenticated', 401, 'APIGW.0301'], ['token_expired', 401, 'APIGW.0307'],
      ['forbidden', 403, 'APIGW.0302'], ['route_not_found', 404, 'APIGW.0101'], ['payload_too_large', 413, 'APIGW.0201'],
      ['rate_limited', 429, 'APIGW.0308'], ['internal', 500, 'HSS.9999'],
    ];
    const s = await createTestServer();
    for (const [code, status, errorCode] of expected) {
      s.tasks.failWith = new BulwarkError(code, `boom ${code}`);
      const r = await s.call({ method: 'GET', url: `${P}/common/task-statistics?task_type=iac_scan` });
      expect([r.status, r.body['error_code']], code).toEqual([status, errorCode]);
      expect(r.body['error_msg']).toBe(code === 'internal' ? 'Internal server error' : `boom ${code}`);
    }
  });

  it('turns an unexpected exception into 500 HSS.9999 without leaking its message', async () => {
    const s = await createTestServer();
    s.tasks.failWith = new TypeError('secret detail');
    const r = await s.call({ method: 'GET', url: `${P}/common/task-statistics?task_type=iac_scan` });
    expect(r.status).toBe(500);
    expect(r.body).toEqual({ error_code: 'HSS.9999', error_msg: 'Internal server error', request_id: r.headers['x-request-id'] });
  });

  it('authenticates every /v5 call with the raw path, raw query and raw body bytes', async () => {
    const s = await createTestServer();
    const payload = '{ "task_type" : "iac_scan",  "task_name":"a%20b" }';
    await s.call({ method: 'POST', url: `${P}/common/tasks/batch-query?enterprise_project_id=all_granted_eps&offset=0&limit=10&x=%2F`, headers: { 'content-type': 'application/json' }, payload });
    const seen = s.auth.seen.at(-1);
    expect(seen?.request.rawPath).toBe(`${P}/common/tasks/batch-query`);
    expect(seen?.request.rawQuery).toBe('enterprise_project_id=all_granted_eps&offset=0&limit=10&x=%2F');
    expect(Buffer.from(seen?.request.body ?? []).toString('utf8')).toBe(payload);
    expect(seen?.projectId).toBe('pid123');
    expect(seen?.now).toBe(NOW);
    expect(s.tasks.lastCall()?.scope.epParam).toBe('all_granted_eps');
  });

  it('answers 401/403 from the authenticator before validating the body', async () => {
    const s = await createTestServer();
    const none = await s.call({ role: null, method: 'POST', url: `${P}/common/task`, json: { task_type: 'bad' } });
    expect([none.status, none.body['error_code']]).toEqual([401, 'APIGW.0301']);
    const expired = await s.call({ role: 'expired', method: 'GET', url: `${P}/common/task-statistics?task_type=iac_scan` });
    expect([expired.status, expired.body['error_code']]).toEqual([401, 'APIGW.0307']);
    const otherProject = await s.call({ method: 'GET', url: '/v5/other/common/task-statistics?task_type=iac_scan' });
    expect([otherProject.status, otherProject.body['error_code']]).toEqual([403, 'APIGW.0302']);
    expect(s.tasks.calls).toHaveLength(0);
  });

  it('enforces roles: viewers list and show, operators also create and upload', async () => {
    const s = await createTestServer();
    const create = { task_type: 'iac_scan', iac_scan_info: { file_type: 'k8s_yaml', file_id_list: ['f1'] } };
    const viewerCreate = await s.call({ role: 'viewer', method: 'POST', url: `${P}/common/task`, json: create });
    expect([viewerCreate.status, viewerCreate.body['error_code']]).toEqual([403, 'APIGW.0302']);
    const viewerList = await s.call({ role: 'viewer', method: 'POST', url: `${P}/common/tasks/batch-query`, json: { task_type: 'iac_scan' } });
    expect(viewerList.status).toBe(200);
    const operatorCreate = await s.call({ role: 'operator', method: 'POST', url: `${P}/common/task`, json: create });
    expect(operatorCreate.status).toBe(200);
  });

  it('validates project_id: 1–256 unreserved characters', async () => {
    const s = await createTestServer();
    const long = await s.call({ method: 'GET', url: `/v5/${'a'.repeat(257)}/common/task-statistics?task_type=iac_scan` });
    expect(long.status).not.toBe(200);
    expect(long.status).not.toBe(404);
  });

  it('serves health, readiness, OpenAPI, docs and Prometheus metrics', async () => {
    let ready = false;
    const s = await createTestServer({
      isReady: () => ready,
      readGauges: async () => [{ name: 'bulwark_tasks', help: 'Tasks by status.', labels: { status: 'running' }, value: 2 }],
    });
    expect((await s.call({ method: 'GET', url: '/healthz', role: null })).status).toBe(200);
    expect((await s.call({ method: 'GET', url: '/readyz', role: null })).status).toBe(503);
    ready = true;
    expect((await s.call({ method: 'GET', url: '/readyz', role: null })).status).toBe(200);
    const doc = await s.call({ method: 'GET', url: '/openapi.json', role: null });
    expect(doc.body['openapi']).toBe('3.1.0');
    const docs = await s.call({ method: 'GET', url: '/docs', role: null });
    expect(docs.headers['content-type']).toMatch(/^text\/html/);
    expect(docs.raw).toContain('ListIacFileRiskPaths');
    expect(docs.raw).not.toMatch(/<script|https?:\/\/(?!kubernetes)/);
    await s.call({ method: 'GET', url: `${P}/common/task-statistics?task_type=iac_scan` });
    const m = await s.call({ method: 'GET', url: '/metrics', role: null });
    expect(m.raw).toContain('bulwark_http_requests_total{operation="ShowTaskStatistics",status="200"} 1');
    expect(m.raw).toContain('bulwark_http_request_duration_seconds_count{operation="ShowTaskStatistics"} 1');
    expect(m.raw).toContain('bulwark_tasks{status="running"} 2');
  });

  it('rate-limits with 429 APIGW.0308 when configured, and never by default', async () => {
    const limited = await createTestServer({ rateLimit: { max: 2, windowMs: 60_000 } });
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await limited.call({ method: 'GET', url: '/healthz' })).status);
    expect(codes).toEqual([200, 200, 429]);
    const r = await limited.call({ method: 'GET', url: '/healthz' });
    expect(r.body['error_code']).toBe('APIGW.0308');
    const open = await createTestServer();
    for (let i = 0; i < 50; i++) expect((await open.call({ method: 'GET', url: '/healthz' })).status).toBe(200);
  });
});
