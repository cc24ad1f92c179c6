import { describe, expect, it } from 'vitest';
import { BulwarkError } from '../../domain/errors.js';
import type { ClusterUseCases } from '../../tasks/cluster/cluster-use-cases.js';
import { createFakeClusterUseCases } from '../../tasks/cluster/testing/fake-cluster-use-cases.js';
import { FakeTaskUseCases } from '../testing/fake-task-use-cases.js';
import { createTestServer, matchesResponseSchema, P } from '../testing/test-server.js';
import { listClusterRiskAffectResources } from './list-cluster-risk-affect-resources.js';
import { listClusterRisks } from './list-cluster-risks.js';
import { listClusterVulnerabilities } from './list-cluster-vulnerabilities.js';
import { listKubernetesClusterDetails } from './list-kubernetes-cluster-details.js';

async function serve(answers: Partial<ClusterUseCases> = {}) {
  const clusters = createFakeClusterUseCases(answers);
  const s = await createTestServer({ tasks: Object.assign(new FakeTaskUseCases(), { clusters }) });
  return { s, clusters };
}

describe('ListKubernetesClusterDetails', () => {
  it('maps a cluster with agent fields fixed for an agentless scanner', async () => {
    const { s, clusters } = await serve({
      listClusterDetails: async () => ({ total: 3, lastUpdateTime: 9, items: [{
        id: 'c1', name: 'prod', type: 'self_built_idc', status: 'Available', version: 'v1.29.3', totalNodes: 3, activeNodes: 2,
        createdAt: 5, lastScanAt: 9, sysVulNum: 4, appVulNum: 2, emgVulNum: 1, riskAssessNum: 7, secCompNum: 11,
      }] }),
    });
    const r = await s.call({ method: 'GET', url: `${P}/kubernetes/clusters?offset=10&limit=20&cluster_name=pro&load_agent_info=true&scene=x`, role: 'viewer' });
    expect(r.status).toBe(200);
    expect(matchesResponseSchema(listKubernetesClusterDetails, 200, r.body)).toEqual([]);
    expect(r.body).toEqual({ last_update_time: 9, total_num: 3, cluster_info_list: [{
      id: 'c1', cluster_name: 'prod', cluster_id: 'c1', cluster_type: 'self_built_idc', status: 'Available', version: 'v1.29.3',
      total_nodes_number: 3, active_nodes_number: 2, creation_timestamp: 5, agent_installed_num: 0, agent_install_failed_num: 0,
      agent_not_install_num: 3, agent_ds_install_status: 'NotInstall', last_scan_time: 9, sys_vul_num: 4, app_vul_num: 2,
      emg_vul_num: 1, risk_assess_num: 7, sec_comp_num: 11,
    }] });
    expect(clusters.calls[0]?.args).toEqual([{ clusterName: 'pro' }, { offset: 10, limit: 20 }]);
  });

  it.each([['limit=5', 'limit'], ['limit=201', 'limit'], ['offset=-1', 'offset'], ['load_agent_info=maybe', 'load_agent_info']])('rejects %s', async (q, field) => {
    const { s, clusters } = await serve();
    const r = await s.call({ method: 'GET', url: `${P}/kubernetes/clusters?${q}` });
    expect([r.status, r.body['error_code']]).toEqual([400, 'HSS.0001']);
    expect(String(r.body['error_msg'])).toContain(`Invalid parameter: ${field} `);
    expect(clusters.calls).toEqual([]);
  });

  it('needs a credential', async () => {
    const { s } = await serve();
    const r = await s.call({ method: 'GET', url: `${P}/kubernetes/clusters`, role: null });
    expect([r.status, r.body['error_code']]).toEqual([401, 'APIGW.0301']);
  });
});

describe('ListClusterRisks', () => {
  const URL_ = `${P}/container/cluster/risks`;
  it('maps filters and rows', async () => {
    const { s, clusters } = await serve({
      listClusterRisks: async () => ({ total: 1, items: [{
        riskId: 'CIS-5.1.1', riskType: 'benchmark', riskName: 'cluster-admin is bound only where needed', clusterId: 'c1', clusterName: 'prod',
        riskLevel: 'high', severity: 'critical', riskCategory: 'access_control', riskNum: 2, lastScanAt: 9, description: 'd', remediation: 'r',
      }] }),
    });
    const r = await s.call({ method: 'GET', url: `${URL_}?risk_type=benchmark&risk_status=risky&cluster_id=c1&cluster_name=pr&risk_name=admin&risk_level=high&risk_category=access_control`, role: 'viewer' });
    expect(r.status).toBe(200);
    expect(matchesResponseSchema(listClusterRisks, 200, r.body)).toEqual([]);
    expect((r.body['data_list'] as unknown[])[0]).toEqual({
      risk_id: 'CIS-5.1.1', risk_type: 'benchmark', risk_name: 'cluster-admin is bound only where needed', cluster_id: 'c1', cluster_name: 'prod',
      risk_level: 'high', severity: 'critical', risk_category: 'access_control', risk_num: 2, last_scan_time: 9, description: 'd', remediation: 'r',
    });
    expect(clusters.calls[0]?.args).toEqual([
      { riskType: 'benchmark', clusterId: 'c1', clusterName: 'pr', riskName: 'admin', riskLevel: 'high', riskCategory: 'access_control' }, { offset: 0, limit: 10 },
    ]);
  });

  it.each([
    ['risk_type=cluster_vul', 'risk_type'], ['risk_status=safe', 'risk_status'], ['risk_level=critical', 'risk_level'],
    ['risk_category=other', 'risk_category'], [`cluster_id=${'x'.repeat(65)}`, 'cluster_id'],
  ])('rejects %s', async (q, field) => {
    const { s } = await serve();
    const r = await s.call({ method: 'GET', url: `${URL_}?${q}` });
    expect([r.status, r.body['error_code']]).toEqual([400, 'HSS.0001']);
    expect(String(r.body['error_msg'])).toContain(`Invalid parameter: ${field} `);
  });

  it('maps a cluster of another scope to HSS.0011', async () => {
    const { s, clusters } = await serve();
    clusters.failWith(new BulwarkError('not_found', 'cluster c9 not found'));
    const r = await s.call({ method: 'GET', url: `${URL_}?cluster_id=c9` });
    expect([r.status, r.body['error_code']]).toEqual([400, 'HSS.0011']);
  });
});

describe('ListClusterRiskAffectResources', () => {
  it('passes the risk id from the path and maps resources', async () => {
    const { s, clusters } = await serve({
      listAffectedResources: async () => ({ total: 1, items: [{
        resourceId: 'uid-1', resourceName: 'web', resourceType: 'Deployment', namespace: 'shop', hitRule: 'container "web" is privileged',
        hitPaths: ['spec.template.spec.containers[0].securityContext.privileged'], clusterId: 'c1', firstScanAt: 3, lastScanAt: 9,
      }] }),
    });
    const r = await s.call({ method: 'GET', url: `${P}/container/cluster/risk/BW-K8S-001/affected-resources?cluster_id=c1&resource_name=we&resource_type=Deployment&namespace=shop&limit=10`, role: 'viewer' });
    expect(r.status).toBe(200);
    expect(matchesResponseSchema(listClusterRiskAffectResources, 200, r.body)).toEqual([]);
    expect(r.body).toEqual({ total_num: 1, data_list: [{
      resource_id: 'uid-1', resource_name: 'web', resource_type: 'Deployment', namespace: 'shop', cluster_id: 'c1',
      hit_rule: 'container "web" is privileged', hit_path_list: ['spec.template.spec.containers[0].securityContext.privileged'],
      first_scan_time: 3, last_scan_time: 9,
    }] });
    expect(clusters.calls[0]?.args).toEqual([
      { riskId: 'BW-K8S-001', clusterId: 'c1', resourceName: 'we', resourceType: 'Deployment', namespace: 'shop' }, { offset: 0, limit: 10 },
    ]);
  });

  it('rejects an over-long risk id', async () => {
    const { s } = await serve();
    const r = await s.call({ method: 'GET', url: `${P}/container/cluster/risk/${'r'.repeat(129)}/affected-resources` });
    expect([r.status, r.body['error_code']]).toEqual([400, 'HSS.0001']);
  });
});

describe('ListClusterVulnerabilities', () => {
  const URL_ = `${P}/container/cluster/vuls`;
  it('maps rows, leaving out unknown CVSS fields', async () => {
    const { s, clusters } = await serve({
      listClusterVulnerabilities: async () => ({ total: 1, items: [{
        cveId: 'CVE-2023-5528', component: 'kubelet', installedVersion: '1.29.3', fixedVersions: ['1.29.4'], severity: 'high',
        cvssScore: null, cvssVector: null, confidence: 'exact', title: 't', references: ['https://x'], clusterId: 'c1',
        clusterName: 'prod', affectedNodes: ['node-1'],
      }] }),
    });
    const r = await s.call({ method: 'GET', url: `${URL_}?cluster_id=c1&severity=high&component=kubelet&cve_id=CVE-2023-5528`, role: 'viewer' });
    expect(r.status).toBe(200);
    expect(matchesResponseSchema(listClusterVulnerabilities, 200, r.body)).toEqual([]);
    expect(r.body).toEqual({ total_num: 1, data_list: [{
      cve_id: 'CVE-2023-5528', component: 'kubelet', installed_version: '1.29.3', fixed_versions: ['1.29.4'], severity: 'high',
      confidence: 'exact', title: 't', references: ['https://x'], cluster_id: 'c1', cluster_name: 'prod', affected_nodes: ['node-1'],
    }] });
    expect(clusters.calls[0]?.args).toEqual([{ clusterId: 'c1', severity: 'high', component: 'kubelet', cveId: 'CVE-2023-5528' }, { offset: 0, limit: 10 }]);
  });

  it('rejects an unknown severity', async () => {
    const { s } = await serve();
    const r = await s.call({ method: 'GET', url: `${URL_}?severity=urgent` });
    expect([r.status, r.body['error_code']]).toEqual([400, 'HSS.0001']);
    expect(String(r.body['error_msg'])).toContain('Invalid parameter: severity ');
  });
});
