import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeService, type BulwarkService } from '../../src/compose.js';
import { loadConfig } from '../../src/config/load-config.js';
import { startFakeKubeApi, type FakeKubeApi } from '../fake-kube-api/fake-kube-api-server.js';
import { kubeadmCluster } from '../fixtures/clusters/kubeadm-cluster.js';
import { bootstrapEnv, newBootstrapIdentity, type BootstrapIdentity } from './support/bootstrap-env.js';
import { TokenClient, type Json } from './support/token-client.js';

/**
 * Black box through the composition root: a fake Kubernetes API server over the kubeadm
 * fixture cluster, registered through the API, scanned by a cluster_scan task with all
 * three items by the in-process workers, then read back through every §4 list.
 */
let dir: string;
let kube: FakeKubeApi;
let service: BulwarkService;
let url: string;
let id: BootstrapIdentity;
let api: TokenClient;
let clusterId: string;

const rows = (body: Json, key = 'data_list') => body[key] as Json[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bulwark-e2e-cluster-'));
  kube = await startFakeKubeApi({ snapshot: kubeadmCluster() });
  id = newBootstrapIdentity();
  const env = { ...bootstrapEnv(id, join(dir, 'data')), BULWARK_PORT: '0', BULWARK_WORKERS: '2' };
  service = await composeService({ config: loadConfig({ env }), env, logger: pino({ level: 'silent' }), version: 'e2e', mode: 'serve' });
  url = (await service.start()).url!;
  api = await TokenClient.login(url, id);
});

afterAll(async () => {
  await service?.stop();
  await kube?.close();
  await rm(dir, { recursive: true, force: true });
});

async function request(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${url}/v5/${id.projectId}${path}`, {
    method,
    headers: { 'x-auth-token': api.authToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Json };
}

describe('cluster_scan end to end', () => {
  it('registers a reachable cluster and refuses an unreachable one', async () => {
    const ok = await request('POST', '/kubernetes/clusters', { cluster_name: 'kubeadm-prod', kubeconfig: kube.kubeconfig() });
    expect(ok.status).toBe(200);
    clusterId = String(ok.body['cluster_id']);
    expect(clusterId).toMatch(/^[0-9a-f-]{36}$/);

    const closed = kube.kubeconfig().replace(kube.url, 'https://127.0.0.1:1');
    const down = await request('POST', '/kubernetes/clusters', { cluster_name: 'gone', kubeconfig: closed });
    expect([down.status, down.body['error_code']]).toEqual([400, 'HSS.0001']);
    expect(String(down.body['error_msg'])).toContain('kubeconfig');
    const badToken = await request('POST', '/kubernetes/clusters', { cluster_name: 'gone', kubeconfig: kube.kubeconfig({ token: 'wrong' }) });
    expect([badToken.status, badToken.body['error_code']]).toEqual([400, 'HSS.0001']);
    // Plugins would run on the Bulwark host: refused before any connection.
    const exec = kube.kubeconfig().replace(/token: .*/, 'exec: { command: /bin/sh, args: [-c, id], apiVersion: client.authentication.k8s.io/v1 }');
    const refused = await request('POST', '/kubernetes/clusters', { cluster_name: 'exec', kubeconfig: exec });
    expect([refused.status, refused.body['error_code']]).toEqual([400, 'HSS.0001']);
    expect(String(refused.body['error_msg'])).toContain('exec');
    expect(kube.requests.filter((r) => r.startsWith('GET /version')).length).toBe(2);
  });

  it('keeps the kubeconfig token out of the database files', async () => {
    const dataDir = join(dir, 'data');
    const files = (await readdir(dataDir)).filter((n) => n.startsWith('bulwark.sqlite'));
    const bytes = Buffer.concat(await Promise.all(files.map((n) => readFile(join(dataDir, n)))));
    // Positive control: the cluster row itself is in these files, in clear.
    expect(bytes.includes(Buffer.from('kubeadm-prod'))).toBe(true);
    expect(bytes.includes(Buffer.from(kube.token))).toBe(false);
    expect(bytes.includes(Buffer.from(Buffer.from(kube.caPem).toString('base64').slice(0, 64)))).toBe(false);
  });

  it('scans all three items and lists what was found', async () => {
    const created = await request('POST', '/common/task', {
      task_type: 'cluster_scan',
      cluster_scan_info: { scan_type_list: ['cluster_vul', 'risk_assessment', 'benchmark'], range_type: 'specific_cluster', cluster_id_list: [clusterId] },
    });
    expect(created.status).toBe(200);
    const taskId = String(created.body['task_id']);
    const task = await api.waitForFinished('cluster_scan', taskId);
    expect(task['cluster_scan_info']).toMatchObject({ success_cluster_num: 1, failed_cluster_num: 0 });

    const res = await request('POST', `/common/tasks/${taskId}/resources/batch-query`, { task_type: 'cluster_scan' });
    const resource = rows(res.body, 'cluster_scan_data_list')[0]!;
    expect(resource).toMatchObject({ cluster_id: clusterId, cluster_name: 'kubeadm-prod', scan_status: 'success' });
    expect((resource['scan_detail_list'] as Json[]).map((d) => `${String(d['scan_type'])}:${String(d['status'])}`).sort())
      .toEqual(['benchmark:success', 'cluster_vul:success', 'risk_assessment:success']);

    const details = await request('GET', '/kubernetes/clusters?cluster_name=PROD');
    expect(details.body['total_num']).toBe(1);
    const info = (details.body['cluster_info_list'] as Json[])[0]!;
    expect(info).toMatchObject({
      cluster_id: clusterId, cluster_type: 'self_built_idc', status: 'Available', version: 'v1.29.3', total_nodes_number: 3,
      active_nodes_number: 3, agent_not_install_num: 3, agent_ds_install_status: 'NotInstall',
    });

    const vuls = await request('GET', '/container/cluster/vuls?limit=200');
    const vulRows = rows(vuls.body);
    expect(Number(info['sys_vul_num']) + Number(info['app_vul_num'])).toBe(vuls.body['total_num']);
    expect(info['emg_vul_num']).toBe(vulRows.filter((v) => v['severity'] === 'critical').length);
    expect(vulRows).toContainEqual(expect.objectContaining({ cve_id: 'CVE-2025-1974', component: 'ingress-nginx', severity: 'critical', cluster_id: clusterId }));
    const only = await request('GET', `/container/cluster/vuls?cve_id=CVE-2025-1974&cluster_id=${clusterId}`);
    expect(only.body['total_num']).toBe(1);

    const assess = await request('GET', '/container/cluster/risks?risk_type=risk_assessment&limit=200');
    const bench = await request('GET', '/container/cluster/risks?risk_type=benchmark&limit=200');
    expect([assess.body['total_num'], bench.body['total_num']]).toEqual([info['risk_assess_num'], info['sec_comp_num']]);
    expect(rows(assess.body)).toContainEqual(expect.objectContaining({
      risk_id: 'BW-K8S-001', risk_level: 'high', severity: 'critical', risk_category: 'node_escape', cluster_name: 'kubeadm-prod', risk_num: 1,
    }));
    expect(rows(bench.body)).toContainEqual(expect.objectContaining({ risk_id: 'CIS-1.2.1', cluster_id: clusterId }));
    const tips = await request('GET', '/container/cluster/risks?risk_level=high&limit=200');
    expect(rows(tips.body).every((r) => r['risk_level'] === 'high')).toBe(true);

    const affected = await request('GET', `/container/cluster/risk/BW-K8S-001/affected-resources?cluster_id=${clusterId}`);
    expect(affected.body['total_num']).toBe(1);
    expect(rows(affected.body)[0]).toMatchObject({
      resource_name: 'kube-proxy', resource_type: 'DaemonSet', namespace: 'kube-system',
      hit_path_list: ['spec.template.spec.containers[0].securityContext.privileged'],
    });
    const cis = await request('GET', '/container/cluster/risk/CIS-1.2.1/affected-resources');
    expect(String(rows(cis.body)[0]?.['hit_rule'])).toContain('anonymous-auth');
  });

  it('fails the scan items of a cluster that went away, with a readable reason', async () => {
    const shortLived = await startFakeKubeApi({ snapshot: kubeadmCluster() });
    const reg = await request('POST', '/kubernetes/clusters', { cluster_name: 'short-lived', cluster_type: 'cce', kubeconfig: shortLived.kubeconfig() });
    const goneId = String(reg.body['cluster_id']);
    await shortLived.close();
    const created = await request('POST', '/common/task', {
      task_type: 'cluster_scan', cluster_scan_info: { scan_type_list: ['cluster_vul', 'benchmark'], range_type: 'specific_cluster', cluster_id_list: [goneId] },
    });
    const taskId = String(created.body['task_id']);
    const task = await api.waitForFinished('cluster_scan', taskId);
    expect(task['cluster_scan_info']).toMatchObject({ success_cluster_num: 0, failed_cluster_num: 1 });
    const res = await request('POST', `/common/tasks/${taskId}/resources/batch-query`, { task_type: 'cluster_scan', cluster_scan_info: { scan_status: 'failed' } });
    const resource = rows(res.body, 'cluster_scan_data_list')[0]!;
    expect(resource).toMatchObject({ cluster_id: goneId, scan_status: 'failed' });
    for (const d of resource['scan_detail_list'] as Json[]) {
      expect(d['status']).toBe('failed');
      expect(String(d['failed_reason'])).toMatch(/^cluster could not be read: Cannot reach the API server https:\/\/127\.0\.0\.1:\d+/);
    }
    const info = (await request('GET', '/kubernetes/clusters?cluster_name=short')).body['cluster_info_list'] as Json[];
    expect(info[0]).toMatchObject({ status: 'Unavailable', risk_assess_num: 0, sec_comp_num: 0 });
    expect((await request('DELETE', `/kubernetes/clusters/${goneId}`)).status).toBe(200);
  });

  it('deletes the cluster, after which it is gone everywhere', async () => {
    const del = await request('DELETE', `/kubernetes/clusters/${clusterId}`);
    expect([del.status, del.body]).toEqual([200, {}]);
    expect((await request('GET', '/kubernetes/clusters')).body['total_num']).toBe(0);
    const risks = await request('GET', `/container/cluster/risks?cluster_id=${clusterId}`);
    expect([risks.status, risks.body['error_code']]).toEqual([400, 'HSS.0011']);
    const again = await request('DELETE', `/kubernetes/clusters/${clusterId}`);
    expect([again.status, again.body['error_code']]).toEqual([400, 'HSS.0011']);
  });
});
