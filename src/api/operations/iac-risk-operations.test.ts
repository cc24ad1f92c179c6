import { describe, expect, it } from 'vitest';
import { createTestServer, matchesResponseSchema, P } from '../testing/test-server.js';
import { listIacFileRiskPaths } from './list-iac-file-risk-paths.js';
import { listIacFileRisks } from './list-iac-file-risks.js';
import { listIacFiles } from './list-iac-files.js';

describe('ListIacFiles', () => {
  const URL_ = `${P}/container/iac/files`;
  it('lists files with all filters mapped', async () => {
    const s = await createTestServer();
    const r = await s.call({ method: 'GET', url: `${URL_}?offset=0&limit=10&scan_type=manual_scan&file_id=f1&file_name=app&file_type=k8s_yaml&risky=true&cicd_id=c&cicd_name=n`, role: 'viewer' });
    expect(r.status).toBe(200);
    expect(matchesResponseSchema(listIacFiles, 200, r.body)).toEqual([]);
    expect(r.body).toEqual({ total_num: 1, data_list: [{
      file_id: 'f1', file_name: 'app.yaml', file_type: 'k8s_yaml', risky: true, risk_num: 2, first_scan_time: 6, last_scan_time: 7,
      upload_file_time: 5, scan_type: 'manual_scan',
    }] });
    expect(s.tasks.lastCall()?.args).toEqual([
      { scanType: 'manual_scan', fileId: 'f1', fileName: 'app', fileType: 'k8s_yaml', risky: true, cicdId: 'c', cicdName: 'n' }, { offset: 0, limit: 10 },
    ]);
  });

  it.each([
    ['limit=10&scan_type=manual_scan', 'offset'],
    ['offset=0&scan_type=manual_scan', 'limit'],
    ['offset=0&limit=10', 'scan_type'],
    ['offset=0&limit=10&scan_type=auto', 'scan_type'],
    ['offset=0&limit=10&scan_type=manual_scan&risky=yes', 'risky'],
    ['offset=0&limit=10&scan_type=manual_scan&file_type=yaml', 'file_type'],
    ['offset=0&limit=5&scan_type=manual_scan', 'limit'],
  ])('rejects %s naming %s', async (q, field) => {
    const s = await createTestServer();
    const r = await s.call({ method: 'GET', url: `${URL_}?${q}` });
    expect([r.status, r.body['error_code']]).toEqual([400, 'HSS.0001']);
    expect(String(r.body['error_msg'])).toContain(`Invalid parameter: ${field} `);
  });
});

describe('ListIacFileRisks', () => {
  const URL_ = `${P}/container/iac/file/risks`;
  it('lists risks with the four-level risk_level and the five-level severity', async () => {
    const s = await createTestServer();
    const r = await s.call({ method: 'GET', url: `${URL_}?offset=0&limit=50&file_id=f1&risk_name=priv&risk_level=high&risk_category=node_escape` });
    expect(matchesResponseSchema(listIacFileRisks, 200, r.body)).toEqual([]);
    expect((r.body['data_list'] as unknown[])[0]).toEqual({
      risk_id: 'r1', rule_id: 'BW-K8S-001', risk_name: 'Container runs privileged', risk_level: 'high', severity: 'critical',
      risk_category: 'node_escape', risk_num: 1, last_scan_time: 7, description: 'd', remediation: 'r', build_instruction: '',
    });
    expect(s.tasks.lastCall()?.args).toEqual([{ fileId: 'f1', riskName: 'priv', riskLevel: 'high', riskCategory: 'node_escape' }, { offset: 0, limit: 50 }]);
  });

  it.each([
    ['offset=0&limit=10', 'file_id'],
    ['offset=0&limit=10&file_id=f1&risk_level=critical', 'risk_level'],
    ['offset=0&limit=10&file_id=f1&risk_category=other', 'risk_category'],
  ])('rejects %s naming %s', async (q, field) => {
    const s = await createTestServer();
    const r = await s.call({ method: 'GET', url: `${URL_}?${q}` });
    expect([r.status, r.body['error_code']]).toEqual([400, 'HSS.0001']);
    expect(String(r.body['error_msg'])).toContain(`Invalid parameter: ${field} `);
  });
});

describe('ListIacFileRiskPaths', () => {
  const URL_ = `${P}/container/iac/file/risk/paths`;
  it('lists hit paths with their source ranges', async () => {
    const s = await createTestServer();
    const r = await s.call({ method: 'GET', url: `${URL_}?offset=0&limit=10&file_id=f1&rule_id=BW-K8S-001&resource_name=web&resource_type=Deployment&namespace=default` });
    expect(matchesResponseSchema(listIacFileRiskPaths, 200, r.body)).toEqual([]);
    expect((r.body['data_list'] as unknown[])[0]).toEqual({
      resource_name: 'web', resource_type: 'Deployment', namespace: 'default', hit_rule: 'BW-K8S-001',
      hit_path: 'spec.template.spec.containers[0].securityContext.privileged', start_line: 21, start_column: 13, end_line: 21, end_column: 29,
    });
    expect(s.tasks.lastCall()?.args[0]).toEqual({ fileId: 'f1', ruleId: 'BW-K8S-001', resourceName: 'web', resourceType: 'Deployment', namespace: 'default' });
  });

  it.each([['offset=0&limit=10&file_id=f1', 'rule_id'], ['offset=0&limit=10&rule_id=r', 'file_id']])('rejects %s naming %s', async (q, field) => {
    const s = await createTestServer();
    const r = await s.call({ method: 'GET', url: `${URL_}?${q}` });
    expect([r.status, r.body['error_code']]).toEqual([400, 'HSS.0001']);
    expect(String(r.body['error_msg'])).toContain(`Invalid parameter: ${field} `);
  });
});
