import https from 'node:https';
import { X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubeadmCluster } from '../fixtures/clusters/kubeadm-cluster.js';
import { startFakeKubeApi, type FakeKubeApi } from './fake-kube-api-server.js';
import { createSelfSignedCert } from './self-signed-cert.js';

let api: FakeKubeApi;
beforeAll(async () => { api = await startFakeKubeApi({ snapshot: kubeadmCluster(), forbidden: ['roles.rbac.authorization.k8s.io'], missingGroups: ['batch'] }); });
afterAll(async () => { await api.close(); });

function get(path: string, token = api.token): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    https.get(`${api.url}${path}`, { ca: api.caPem, headers: { Authorization: `Bearer ${token}` } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => { text += c.toString(); });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Record<string, unknown> }));
    }).on('error', reject);
  });
}

describe('fake Kubernetes API server', () => {
  it('serves a certificate valid for 127.0.0.1 and localhost, marked as a CA', () => {
    const cert = new X509Certificate(createSelfSignedCert('x', ['localhost', '127.0.0.1', '::1']).certPem);
    expect(cert.ca).toBe(true);
    expect(cert.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(cert.checkIP('::1')).toBe('::1');
    expect(cert.checkHost('localhost')).toBe('localhost');
  });

  it('pages a list with limit and continue until every item was served once', async () => {
    const names: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const { status, body } = await get(`/api/v1/nodes?limit=2${token ? `&continue=${token}` : ''}`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ apiVersion: 'v1', kind: 'NodeList' });
      for (const item of body.items as { metadata: { name: string }; kind?: string }[]) {
        expect(item.kind).toBeUndefined();
        names.push(item.metadata.name);
      }
      const meta = body.metadata as { continue?: string; remainingItemCount?: number };
      token = meta.continue;
      if (token) expect(meta.remainingItemCount).toBeGreaterThan(0);
      pages++;
    } while (token);
    expect(pages).toBe(2);
    expect(names).toEqual(['cp-1', 'worker-1', 'worker-2']);
  });

  it('filters namespaced lists and serves single objects', async () => {
    const { body } = await get('/api/v1/namespaces/kube-system/pods');
    expect((body.items as unknown[]).length).toBe(4);
    const cm = await get('/api/v1/namespaces/kube-system/configmaps/kube-proxy');
    expect(cm.body).toMatchObject({ kind: 'ConfigMap', data: { 'config.conf': expect.stringContaining('KubeProxyConfiguration') } });
  });

  it('answers 401, 403, 404 and 400 with Status bodies', async () => {
    expect((await get('/api/v1/pods', 'bad')).status).toBe(401);
    const forbidden = await get('/apis/rbac.authorization.k8s.io/v1/roles');
    expect(forbidden).toMatchObject({ status: 403, body: { kind: 'Status', reason: 'Forbidden', code: 403 } });
    expect((await get('/apis/batch/v1/jobs')).status).toBe(404);
    expect((await get('/api/v1/widgets')).status).toBe(404);
    expect((await get('/api/v1/pods?limit=1&continue=garbage')).status).toBe(400);
    expect((await get('/api/v1/nodes/nope/proxy/configz')).status).toBe(404);
  });

  it('serves discovery and the version', async () => {
    expect((await get('/version')).body).toMatchObject({ gitVersion: 'v1.29.3' });
    const groups = (await get('/apis')).body.groups as { name: string }[];
    expect(groups.map((g) => g.name)).toContain('apps');
    expect(groups.map((g) => g.name)).not.toContain('batch');
  });
});
