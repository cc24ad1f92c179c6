import { describe, expect, it } from 'vitest';
import { BulwarkError } from '../../domain/errors.js';
import { createFakeClusterUseCases, FAKE_CLUSTER_ID } from '../../tasks/cluster/testing/fake-cluster-use-cases.js';
import { FakeTaskUseCases } from '../testing/fake-task-use-cases.js';
import { createTestServer, matchesResponseSchema, P } from '../testing/test-server.js';
import { deleteCluster } from './delete-cluster.js';
import { registerCluster } from './register-cluster.js';

const CLUSTER_ID = FAKE_CLUSTER_ID;

function fakeClusterServer() {
  const clusters = createFakeClusterUseCases();
  return {
    calls: clusters.calls,
    failNext: (err: unknown) => clusters.failWith(err),
    server: () => createTestServer({ tasks: Object.assign(new FakeTaskUseCases(), { clusters }) }),
  };
}

const KUBECONFIG = 'apiVersion: v1\nkind: Config\nclusters: []\n';

describe('RegisterCluster', () => {
  const URL_ = `${P}/kubernetes/clusters`;

  it('registers with the default cluster type and names the EP', async () => {
    const f = fakeClusterServer();
    const s = await f.server();
    const r = await s.call({ method: 'POST', url: `${URL_}?enterprise_project_id=ep7`, json: { cluster_name: 'prod', kubeconfig: KUBECONFIG } });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ cluster_id: CLUSTER_ID });
    expect(matchesResponseSchema(registerCluster, 200, r.body)).toEqual([]);
    expect(f.calls[0]?.args).toEqual([{ name: 'prod', type: 'self_built_idc', kubeconfig: KUBECONFIG }]);
    expect(f.calls[0]?.scope.epParam).toBe('ep7');
  });

  it('passes type and context through', async () => {
    const f = fakeClusterServer();
    const s = await f.server();
    await s.call({ method: 'POST', url: URL_, json: { cluster_name: 'c', cluster_type: 'cce', kubeconfig: KUBECONFIG, context: 'admin@c', extra: 1 } });
    expect(f.calls[0]?.args).toEqual([{ name: 'c', type: 'cce', kubeconfig: KUBECONFIG, context: 'admin@c' }]);
  });

  it.each([
    [{ kubeconfig: KUBECONFIG }, 'cluster_name'],
    [{ cluster_name: '', kubeconfig: KUBECONFIG }, 'cluster_name'],
    [{ cluster_name: 'x'.repeat(129), kubeconfig: KUBECONFIG }, 'cluster_name'],
    [{ cluster_name: 'c' }, 'kubeconfig'],
    [{ cluster_name: 'c', kubeconfig: 7 }, 'kubeconfig'],
    [{ cluster_name: 'c', kubeconfig: KUBECONFIG, cluster_type: 'CCE' }, 'cluster_type'],
  ])('rejects %j naming %s', async (json, field) => {
    const f = fakeClusterServer();
    const s = await f.server();
    const r = await s.call({ method: 'POST', url: URL_, json });
    expect([r.status, r.body['error_code']]).toEqual([400, 'HSS.0001']);
    expect(String(r.body['error_msg'])).toContain(`Invalid parameter: ${field} `);
    expect(f.calls).toEqual([]);
  });

  it('is for admins only', async () => {
    const f = fakeClusterServer();
    const s = await f.server();
    for (const role of ['viewer', 'operator']) {
      const r = await s.call({ method: 'POST', url: URL_, role, json: { cluster_name: 'c', kubeconfig: KUBECONFIG } });
      expect([r.status, r.body['error_code']]).toEqual([403, 'APIGW.0302']);
    }
    expect(f.calls).toEqual([]);
  });

  it('reports an unreachable cluster as HSS.0001 with the reason', async () => {
    const f = fakeClusterServer();
    f.failNext(new BulwarkError('invalid_parameter', 'Invalid parameter: kubeconfig cannot connect to the cluster: ECONNREFUSED', { field: 'kubeconfig' }));
    const s = await f.server();
    const r = await s.call({ method: 'POST', url: URL_, json: { cluster_name: 'c', kubeconfig: KUBECONFIG } });
    expect([r.status, r.body['error_code']]).toEqual([400, 'HSS.0001']);
    expect(r.body['error_msg']).toContain('ECONNREFUSED');
  });
});

describe('DeleteCluster', () => {
  it('deletes by id for admins and answers {}', async () => {
    const f = fakeClusterServer();
    const s = await f.server();
    const r = await s.call({ method: 'DELETE', url: `${P}/kubernetes/clusters/${CLUSTER_ID}?enterprise_project_id=all_granted_eps` });
    expect([r.status, r.body]).toEqual([200, {}]);
    expect(matchesResponseSchema(deleteCluster, 200, r.body)).toEqual([]);
    expect(f.calls[0]?.args).toEqual([CLUSTER_ID]);
    expect(f.calls[0]?.scope.epParam).toBe('all_granted_eps');
    const v = await s.call({ method: 'DELETE', url: `${P}/kubernetes/clusters/${CLUSTER_ID}`, role: 'operator' });
    expect(v.status).toBe(403);
  });

  it('maps an unknown cluster to HSS.0011 and an over-long id to HSS.0001', async () => {
    const f = fakeClusterServer();
    f.failNext(new BulwarkError('not_found', 'cluster x not found'));
    const s = await f.server();
    const r = await s.call({ method: 'DELETE', url: `${P}/kubernetes/clusters/x` });
    expect([r.status, r.body['error_code']]).toEqual([400, 'HSS.0011']);
    const long = await s.call({ method: 'DELETE', url: `${P}/kubernetes/clusters/${'a'.repeat(65)}` });
    expect([long.status, long.body['error_code']]).toEqual([400, 'HSS.0001']);
  });

  it('is a server fault, not a crash, when clusters are not wired', async () => {
    const s = await createTestServer();
    const r = await s.call({ method: 'DELETE', url: `${P}/kubernetes/clusters/${CLUSTER_ID}` });
    expect([r.status, r.body['error_code']]).toEqual([500, 'HSS.9999']);
  });
});
