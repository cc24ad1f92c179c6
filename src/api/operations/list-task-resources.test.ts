import { describe, expect, it } from 'vitest';
import { invalidParameter } from '../../domain/errors.js';
import { createTestServer, matchesResponseSchema, P } from '../testing/test-server.js';
import { listTaskResources } from './list-task-resources.js';

const URL_ = `${P}/common/tasks/t-1/resources/batch-query`;

describe('ListTaskResources', () => {
  it('lists the files of an IaC task with only the IaC filters', async () => {
    const s = await createTestServer();
    const r = await s.call({ method: 'POST', url: `${URL_}?limit=20&offset=5`, json: {
      task_type: 'iac_scan', iac_scan_info: { scan_status: 'failed', file_name: 'app', chart_name: 'c' }, cluster_scan_info: { cluster_id: 'x' },
    } });
    expect(r.status).toBe(200);
    expect(matchesResponseSchema(listTaskResources, 200, r.body)).toEqual([]);
    expect(r.body).toEqual({ total_num: 1, iac_scan_data_list: [{
      file_name: 'app.yaml', file_type: 'k8s_yaml', file_id: 'f1', file_size: 120, scan_status: 'success', start_time: 1, end_time: 2,
    }] });
    expect(s.tasks.lastCall()?.args).toEqual(['t-1', { taskType: 'iac_scan', iac: { scanStatus: 'failed', fileName: 'app', chartName: 'c' } }, { offset: 5, limit: 20 }]);
  });

  it('lists the clusters of a cluster task with per-item status', async () => {
    const s = await createTestServer();
    const r = await s.call({ method: 'POST', url: URL_, json: {
      task_type: 'cluster_scan', cluster_scan_info: { scan_status: 'success', cluster_name: 'pr', cluster_id: 'c1', cluster_type: 'cce' },
    } });
    expect(matchesResponseSchema(listTaskResources, 200, r.body)).toEqual([]);
    expect(r.body['cluster_scan_data_list']).toEqual([{
      cluster_name: 'prod', cluster_id: 'c1', cluster_type: 'self_built_idc', cluster_version: 'v1.29.1', scan_status: 'failed', start_time: 1, end_time: 2,
      scan_detail_list: [{ scan_type: 'benchmark', status: 'failed', failed_reason: 'unreachable' }],
    }]);
    expect(s.tasks.lastCall()?.args[1]).toEqual({ taskType: 'cluster_scan', cluster: { scanStatus: 'success', clusterName: 'pr', clusterId: 'c1', clusterType: 'cce' } });
  });

  it.each([
    [{}, 'task_type'],
    [{ task_type: 'iac_scan', iac_scan_info: { scan_status: 'done' } }, 'iac_scan_info.scan_status'],
    [{ task_type: 'cluster_scan', cluster_scan_info: { cluster_type: 'gke' } }, 'cluster_scan_info.cluster_type'],
    [{ task_type: 'cluster_scan', cluster_scan_info: { scan_status: 'Success' } }, 'cluster_scan_info.scan_status'],
  ])('rejects %j naming %s', async (body, field) => {
    const s = await createTestServer();
    const r = await s.call({ method: 'POST', url: URL_, json: body });
    expect([r.status, r.body['error_code']]).toEqual([400, 'HSS.0001']);
    expect(String(r.body['error_msg'])).toContain(`Invalid parameter: ${field} `);
  });

  it('rejects a task id over 64 characters and reports the task-type mismatch of the use case', async () => {
    const s = await createTestServer();
    const long = await s.call({ method: 'POST', url: `${P}/common/tasks/${'t'.repeat(65)}/resources/batch-query`, json: { task_type: 'iac_scan' } });
    expect([long.status, long.body['error_code']]).toEqual([400, 'HSS.0001']);
    s.tasks.failWith = invalidParameter('task_type', 'does not match the task');
    const mismatch = await s.call({ method: 'POST', url: URL_, json: { task_type: 'cluster_scan' } });
    expect([mismatch.status, mismatch.body['error_code']]).toEqual([400, 'HSS.0001']);
  });
});
