import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapEnv, newBootstrapIdentity, type BootstrapIdentity } from './support/bootstrap-env.js';
import { buildOnce, startBulwark, type BulwarkProcess } from './support/bulwark-process.js';

/**
 * Black box: the real `bulwark serve` process driven by the REAL Huawei Cloud SDK core
 * (HcClient with AK/SK signing), as an HSS integration would call it.
 */
const PRIVILEGED_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  template:
    spec:
      containers:
        - name: web
          image: nginx:1.27
          securityContext:
            privileged: true
`;
const DOCKERFILE = 'FROM alpine:3.20\nRUN apk add curl\n';

let dir: string;
let server: BulwarkProcess;
let id: BootstrapIdentity;
const previousHome = process.env['HOME'];
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the SDK's HcClient and FormData are untyped
let client: any, FormDataCtor: any;

beforeAll(async () => {
  buildOnce();
  dir = await mkdtemp(join(tmpdir(), 'bulwark-e2e-sdk-'));
  // The SDK writes ~/.huaweicloud/application_id; keep it in a throwaway home.
  process.env['HOME'] = dir;
  id = newBootstrapIdentity();
  server = await startBulwark('serve', ['--port', '0', '--workers', '2'], { ...bootstrapEnv(id, join(dir, 'data')), HOME: dir });
  const { ClientBuilder } = await import('@huaweicloud/huaweicloud-sdk-core/ClientBuilder.js');
  const { BasicCredentials } = await import('@huaweicloud/huaweicloud-sdk-core');
  FormDataCtor = (await import('form-data')).default;
  client = clientWith(ClientBuilder, new BasicCredentials().withAk(id.accessKey).withSk(id.secretKey).withProjectId(id.projectId));
});

afterAll(async () => {
  const code = await server?.stop();
  if (code !== 0) process.stderr.write(server?.stderr() ?? '');
  if (previousHome === undefined) delete process.env['HOME'];
  else process.env['HOME'] = previousHome;
  await rm(dir, { recursive: true, force: true });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function clientWith(ClientBuilder: any, credentials: unknown): any {
  return new ClientBuilder((c: unknown) => c).withCredential(credentials).withEndpoint(server.url).build();
}

type Json = Record<string, unknown>;

async function call(method: string, url: string, options: { query?: Record<string, unknown>; body?: unknown; pathParams?: Record<string, string> } = {}): Promise<Json> {
  return client.sendRequest({
    method, url, contentType: 'application/json', headers: {},
    pathParams: { project_id: id.projectId, ...options.pathParams }, queryParams: options.query ?? {},
    ...(options.body === undefined ? {} : { data: options.body }),
  }) as Promise<Json>;
}

async function expectSdkError(promise: Promise<unknown>): Promise<Json> {
  try {
    await promise;
  } catch (err) {
    return err as Json;
  }
  throw new Error('expected the SDK call to fail');
}

async function upload(uploadType: string, files: ReadonlyArray<[string, string]>): Promise<Json> {
  const form = new FormDataCtor();
  form.append('upload_type', uploadType);
  for (const [name, content] of files) form.append('files', Buffer.from(content), { filename: name, contentType: 'application/octet-stream' });
  return client.sendRequest({
    method: 'POST', url: '/v5/{project_id}/common/files/batch-upload', contentType: 'multipart/form-data', headers: {},
    pathParams: { project_id: id.projectId }, queryParams: { enterprise_project_id: '0' }, data: form,
  }) as Promise<Json>;
}

async function waitForFinished(taskId: string): Promise<Json> {
  const deadline = Date.now() + 45_000;
  for (;;) {
    const page = await call('POST', '/v5/{project_id}/common/tasks/batch-query', {
      query: { enterprise_project_id: 'all_granted_eps', offset: 0, limit: 10 }, body: { task_type: 'iac_scan', task_id: taskId },
    });
    const task = (page['data_list'] as Json[])[0];
    if (task?.['task_status'] === 'finished') return task;
    if (Date.now() > deadline) throw new Error(`task ${taskId} did not finish: ${JSON.stringify(task)}\n${server.stderr()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('bulwark serve through the Huawei Cloud SDK (AK/SK)', () => {
  let k8sFileId = '';
  let taskId = '';

  it('uploads files as multipart, all or nothing', async () => {
    const ok = await upload('k8s_yaml', [['deploy.yaml', PRIVILEGED_DEPLOYMENT], ['cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n']]);
    expect(ok['httpStatusCode']).toBe(200);
    const success = ok['success_file_info'] as Json[];
    expect(success.map((f) => f['file_name'])).toEqual(['deploy.yaml', 'cm.yaml']);
    expect(ok['fail_file_info']).toEqual([]);
    k8sFileId = String(success[0]?.['file_id']);
    const rejected = await upload('k8s_yaml', [['good.yaml', PRIVILEGED_DEPLOYMENT], ['bad.yaml', 'just: text\n']]);
    expect(rejected['success_file_info']).toEqual([]);
    expect((rejected['fail_file_info'] as Json[]).map((f) => f['file_name'])).toContain('bad.yaml');
    const docker = await upload('dockerfile', [['Dockerfile', DOCKERFILE]]);
    expect((docker['success_file_info'] as Json[])).toHaveLength(1);
  });

  it('creates an IaC task and sees it finish through ListTasks', async () => {
    const created = await call('POST', '/v5/{project_id}/common/task', {
      query: { enterprise_project_id: '0' }, body: { task_type: 'iac_scan', iac_scan_info: { file_type: 'k8s_yaml', file_id_list: [k8sFileId] } },
    });
    taskId = String(created['task_id']);
    expect(taskId).toMatch(/^[0-9a-f-]{36}$/);
    const task = await waitForFinished(taskId);
    expect(task).toMatchObject({ task_type: 'iac_scan', trigger_type: 'manual', estimated_time: 0 });
    expect(task['iac_scan_info']).toEqual({ file_type: 'k8s_yaml', scan_file_num: 1, success_file_num: 1, failed_file_num: 0 });
    expect(typeof task['end_time']).toBe('number');
  });

  it('lists the task resources and statistics', async () => {
    const resources = await call('POST', '/v5/{project_id}/common/tasks/{task_id}/resources/batch-query', {
      pathParams: { task_id: taskId }, query: { offset: 0, limit: 10 }, body: { task_type: 'iac_scan' },
    });
    expect(resources['total_num']).toBe(1);
    expect((resources['iac_scan_data_list'] as Json[])[0]).toMatchObject({
      file_id: k8sFileId, file_name: 'deploy.yaml', file_type: 'k8s_yaml', scan_status: 'success', file_size: Buffer.byteLength(PRIVILEGED_DEPLOYMENT),
    });
    const stats = await call('GET', '/v5/{project_id}/common/task-statistics', { query: { task_type: 'iac_scan' } });
    expect(stats).toMatchObject({ total_num: 1, running_num: 0 });
    expect(typeof stats['last_task_start_time']).toBe('number');
  });

  it('reports the IaC risks of the scanned file, down to the source range', async () => {
    const files = await call('GET', '/v5/{project_id}/container/iac/files', { query: { offset: 0, limit: 10, scan_type: 'manual_scan', file_id: k8sFileId } });
    expect((files['data_list'] as Json[])[0]).toMatchObject({ file_id: k8sFileId, risky: true, scan_type: 'manual_scan' });
    const risks = await call('GET', '/v5/{project_id}/container/iac/file/risks', { query: { offset: 0, limit: 200, file_id: k8sFileId } });
    const privileged = (risks['data_list'] as Json[]).find((r) => r['rule_id'] === 'BW-K8S-001');
    expect(privileged).toMatchObject({ risk_level: 'high', severity: 'critical', risk_category: 'node_escape', risk_num: 1, build_instruction: '' });
    const paths = await call('GET', '/v5/{project_id}/container/iac/file/risk/paths', { query: { offset: 0, limit: 10, file_id: k8sFileId, rule_id: 'BW-K8S-001' } });
    const hit = (paths['data_list'] as Json[])[0];
    expect(hit).toMatchObject({
      resource_name: 'web', resource_type: 'Deployment', namespace: 'shop',
      hit_path: 'spec.template.spec.containers[0].securityContext.privileged', start_line: 13,
    });
    expect(String(hit?.['hit_rule'])).toContain('web');
  });

  it('surfaces HSS errors as SDK ClientRequestExceptions with exact codes', async () => {
    const badLimit = await expectSdkError(call('POST', '/v5/{project_id}/common/tasks/batch-query', { query: { limit: 201 }, body: { task_type: 'iac_scan' } }));
    expect(badLimit).toMatchObject({ httpStatusCode: 400, errorCode: 'HSS.0001' });
    expect(String(badLimit['errorMsg'])).toContain('limit');
    const unknownTask = await expectSdkError(call('POST', '/v5/{project_id}/common/tasks/{task_id}/resources/batch-query', {
      pathParams: { task_id: '00000000-0000-4000-8000-000000000000' }, body: { task_type: 'iac_scan' },
    }));
    expect(unknownTask).toMatchObject({ httpStatusCode: 400, errorCode: 'HSS.0011' });
    const { ClientBuilder } = await import('@huaweicloud/huaweicloud-sdk-core/ClientBuilder.js');
    const { BasicCredentials } = await import('@huaweicloud/huaweicloud-sdk-core');
    const wrong = clientWith(ClientBuilder, new BasicCredentials().withAk(id.accessKey).withSk(`${id.secretKey}x`).withProjectId(id.projectId));
    const denied = await expectSdkError(wrong.sendRequest({
      method: 'GET', url: '/v5/{project_id}/common/task-statistics', contentType: 'application/json', headers: {},
      pathParams: { project_id: id.projectId }, queryParams: { task_type: 'iac_scan' },
    }));
    expect(denied).toMatchObject({ httpStatusCode: 401, errorCode: 'APIGW.0301' });
  });

  it('accepts a Keystone token as X-Auth-Token', async () => {
    const res = await fetch(`${server.url}/v3/auth/tokens`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ auth: { identity: { methods: ['password'], password: { user: { name: 'admin', password: id.password, domain: { name: 'default' } } } }, scope: { project: { id: id.projectId } } } }),
    });
    expect(res.status).toBe(201);
    const token = res.headers.get('x-subject-token') ?? '';
    const list = await fetch(`${server.url}/v5/${id.projectId}/common/tasks/batch-query?limit=10`, {
      method: 'POST', headers: { 'content-type': 'application/json;charset=UTF-8', 'x-auth-token': token }, body: '{"task_type":"iac_scan"}',
    });
    expect(list.status).toBe(200);
    expect(list.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(((await list.json()) as Json)['total_num']).toBe(1);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/bulwark_http_requests_total\{operation="ListTasks",status="200"\} \d+/);
    expect(metrics).toContain('bulwark_tasks{task_type="iac_scan"} 1');
    expect(metrics).toContain('bulwark_tasks_running{task_type="iac_scan"} 0');
  });
});
