import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthRequest } from './authenticator.js';
import { formatSdkDate, parseSdkDate } from './sdk-hmac-signature.js';
import { createIdentityFixture, type IdentityFixture } from './testing/identity-fixture.js';

/**
 * Requests signed by the REAL @huaweicloud/huaweicloud-sdk-core (HcClient, AKSKSigner inside)
 * are captured off the wire by a bare HTTP server and verified by our code.
 */
interface Captured {
  readonly request: AuthRequest;
  readonly signedAt: number;
}

let fixture: IdentityFixture;
let server: http.Server;
let home: string;
const previousHome = process.env['HOME'];
const captured: Captured[] = [];
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the SDK's HcClient is untyped here
let client: any;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- form-data's constructor
let FormDataCtor: any;

beforeAll(async () => {
  // The SDK writes ~/.huaweicloud/application_id; keep it out of the real home.
  home = await mkdtemp(join(tmpdir(), 'bulwark-sdk-home-'));
  process.env['HOME'] = home;
  const { ClientBuilder } = await import('@huaweicloud/huaweicloud-sdk-core/ClientBuilder.js');
  const { BasicCredentials } = await import('@huaweicloud/huaweicloud-sdk-core');
  FormDataCtor = (await import('form-data')).default;

  fixture = await createIdentityFixture({ authenticator: { lockoutPolicy: { maxFailures: 1000, lockMs: 1 } } });
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = req.url ?? '/';
      const q = url.indexOf('?');
      const request: AuthRequest = {
        method: req.method ?? 'GET',
        rawPath: q < 0 ? url : url.slice(0, q),
        rawQuery: q < 0 ? '' : url.slice(q + 1),
        headers: { ...req.headers },
        body: new Uint8Array(Buffer.concat(chunks)),
      };
      const signedAt = parseSdkDate(String(req.headers['x-sdk-date']));
      if (signedAt !== undefined) captured.push({ request, signedAt });
      res.setHeader('content-type', 'application/json');
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  client = new ClientBuilder((c: unknown) => c)
    .withCredential(new BasicCredentials().withAk(fixture.accessKey).withSk(fixture.secretKey).withProjectId(fixture.projectId))
    .withEndpoint(`http://127.0.0.1:${port}`)
    .build();
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await fixture?.close();
  if (previousHome === undefined) delete process.env['HOME'];
  else process.env['HOME'] = previousHome;
  await rm(home, { recursive: true, force: true });
});

async function send(options: Record<string, unknown>): Promise<Captured> {
  const before = captured.length;
  await client.sendRequest({ pathParams: {}, headers: {}, queryParams: {}, ...options });
  const got = captured[before];
  if (got === undefined) throw new Error('the SDK request did not reach the capture server');
  return got;
}

const sendGetWithQuery = () => send({
  method: 'GET',
  url: '/v5/{project_id}/common/task-statistics',
  contentType: 'application/json',
  queryParams: { enterprise_project_id: 'all_granted_eps', tag: ['b', 'a'], q: 'a b*(ü)' },
});
const sendPostJson = () => send({
  method: 'POST',
  url: '/v5/{project_id}/common/tasks/batch-query',
  contentType: 'application/json',
  queryParams: { enterprise_project_id: 'all_granted_eps', offset: 0, limit: 10 },
  data: { task_type: 'cluster_scan', sort_dir: 'desc' },
});
const sendMultipart = () => {
  const form = new FormDataCtor();
  form.append('file_type', 'dockerfile');
  form.append('file', Buffer.from('FROM alpine:3.20\nUSER root\n'), { filename: 'Dockerfile' });
  return send({ method: 'POST', url: '/v5/{project_id}/common/files/batch-upload', contentType: 'multipart/form-data', data: form });
};

const authenticate = (c: Captured, request: AuthRequest = c.request, now = c.signedAt) =>
  fixture.authenticator.authenticate(request, fixture.projectId, now);

const withHeader = (r: AuthRequest, name: string, value: string | undefined): AuthRequest => {
  const headers = { ...r.headers };
  if (value === undefined) delete headers[name];
  else headers[name] = value;
  return { ...r, headers };
};

describe('AK/SK requests signed by the real Huawei SDK', () => {
  it.each([
    ['GET with a query (repeated key, reserved characters, UTF-8)', sendGetWithQuery],
    ['POST with a JSON body', sendPostJson],
    ['multipart upload with UNSIGNED-PAYLOAD', sendMultipart],
  ])('verifies %s', async (_name, sendOne) => {
    const c = await sendOne();
    expect(await authenticate(c)).toEqual({
      userId: expect.any(String), userName: 'alice', projectId: 'pid123', role: 'operator', enterpriseProjects: '*',
    });
  });

  it('signed the multipart request with UNSIGNED-PAYLOAD, so its body is not covered', async () => {
    const c = await sendMultipart();
    expect(c.request.headers['x-sdk-content-sha256']).toBe('UNSIGNED-PAYLOAD');
    await expect(authenticate(c, { ...c.request, body: new TextEncoder().encode('other') })).resolves.toMatchObject({ userName: 'alice' });
    // Dropping or altering the signed marker breaks the signature.
    await expect(authenticate(c, withHeader(c.request, 'x-sdk-content-sha256', undefined))).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(authenticate(c, withHeader(c.request, 'x-sdk-content-sha256', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'))).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('rejects tampering with any signed part', async () => {
    for (const c of [await sendGetWithQuery(), await sendPostJson()]) {
      const r = c.request;
      const tampered: Array<[string, AuthRequest]> = [
        ['method', { ...r, method: r.method === 'GET' ? 'DELETE' : 'PUT' }],
        ['path', { ...r, rawPath: r.rawPath.replace('common', 'c0mmon') }],
        ['path segment added', { ...r, rawPath: `${r.rawPath}/x` }],
        ['query value', { ...r, rawQuery: r.rawQuery.replace('all_granted_eps', '0') }],
        ['query parameter added', { ...r, rawQuery: `${r.rawQuery}&extra=1` }],
        ['query parameter removed', { ...r, rawQuery: r.rawQuery.split('&').slice(1).join('&') }],
        ['host', withHeader(r, 'host', 'evil.example:8080')],
        ['content-type', withHeader(r, 'content-type', 'text/plain')],
        ['x-sdk-date (one second later, inside the skew window)', withHeader(r, 'x-sdk-date', formatSdkDate(c.signedAt + 1000))],
        ['body', { ...r, body: new TextEncoder().encode('{"task_type":"iac_scan"}') }],
        ['signature', withHeader(r, 'authorization', String(r.headers['authorization']).replace(/Signature=(.)/, (_m, ch: string) => `Signature=${ch === 'a' ? 'b' : 'a'}`))],
        ['access key', withHeader(r, 'authorization', String(r.headers['authorization']).replace(/Access=\w+/, 'Access=AKUNKNOWN000000000000'))],
      ];
      for (const [what, request] of tampered) {
        if (what === 'body' && r.method === 'GET') continue;
        await expect(authenticate(c, request), `${r.method} ${what}`).rejects.toMatchObject({ code: 'unauthenticated' });
      }
    }
  });

  it('accepts up to 15 minutes of clock skew either way, not more', async () => {
    const c = await sendPostJson();
    const fifteen = 15 * 60 * 1000;
    await expect(authenticate(c, c.request, c.signedAt + fifteen)).resolves.toMatchObject({ userName: 'alice' });
    await expect(authenticate(c, c.request, c.signedAt - fifteen)).resolves.toMatchObject({ userName: 'alice' });
    await expect(authenticate(c, c.request, c.signedAt + fifteen + 1000)).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(authenticate(c, c.request, c.signedAt - fifteen - 1000)).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('requires X-Project-Id and the grant to match the project in the path', async () => {
    const c = await sendPostJson();
    await expect(fixture.authenticator.authenticate(c.request, 'other-project', c.signedAt)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
