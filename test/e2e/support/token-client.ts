import type { BootstrapIdentity } from './bootstrap-env.js';

export type Json = Record<string, unknown>;

/** A minimal X-Auth-Token client over fetch, for black-box tests that do not need AK/SK. */
export class TokenClient {
  private constructor(private readonly url: string, private readonly projectId: string, private readonly token: string) {}

  /** The X-Subject-Token this client sends, for tests that speak raw HTTP. */
  get authToken(): string {
    return this.token;
  }

  static async login(url: string, id: BootstrapIdentity): Promise<TokenClient> {
    const res = await fetch(`${url}/v3/auth/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ auth: { identity: { methods: ['password'], password: { user: { name: 'admin', password: id.password, domain: { name: 'default' } } } }, scope: { project: { id: id.projectId } } } }),
    });
    const token = res.headers.get('x-subject-token');
    if (res.status !== 201 || token === null) throw new Error(`login failed: ${res.status} ${await res.text()}`);
    return new TokenClient(url, id.projectId, token);
  }

  async json(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: Json }> {
    const res = await fetch(`${this.url}/v5/${this.projectId}${path}`, {
      method,
      headers: { 'x-auth-token': this.token, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as Json };
  }

  async upload(uploadType: string, files: ReadonlyArray<readonly [string, string]>): Promise<{ status: number; body: Json }> {
    const form = new FormData();
    form.append('upload_type', uploadType);
    for (const [name, content] of files) form.append('files', new Blob([content]), name);
    const res = await fetch(`${this.url}/v5/${this.projectId}/common/files/batch-upload`, { method: 'POST', headers: { 'x-auth-token': this.token }, body: form });
    return { status: res.status, body: (await res.json()) as Json };
  }

  /** Polls ListTasks until the task is finished; throws after `timeoutMs`. */
  async waitForFinished(taskType: string, taskId: string, timeoutMs = 45_000): Promise<Json> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { body } = await this.json('POST', '/common/tasks/batch-query?limit=10', { task_type: taskType, task_id: taskId });
      const task = (body['data_list'] as Json[] | undefined)?.[0];
      if (task?.['task_status'] === 'finished') return task;
      if (Date.now() > deadline) throw new Error(`task ${taskId} did not finish: ${JSON.stringify(task)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
