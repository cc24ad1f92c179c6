import { describe, expect, it } from 'vitest';
import { createTestServer, matchesResponseSchema, P } from '../testing/test-server.js';
import { createTask } from './create-task.js';

const URL_ = `${P}/common/task`;
const clusterBody = (info: Record<string, unknown>) => ({ task_type: 'cluster_scan', cluster_scan_info: info });

describe('CreateTask', () => {
  it('creates an IaC task and maps the wire body to the use-case input', async () => {
    const s = await createTestServer();
    const r = await s.call({ method: 'POST', url: `${URL_}?enterprise_project_id=ep1`, json: {
      task_type: 'iac_scan', task_name: 'nightly', iac_scan_info: { file_type: 'k8s_yaml', file_id_list: ['a', 'b'] },
      cluster_scan_info: {}, unknown_field: { deep: true },
    } });
    expect(r.status).toBe(200);
    expect(matchesResponseSchema(createTask, 200, r.body)).toEqual([]);
    expect(r.body['task_id']).toBe('6f1c1f8e-2a57-4c0e-9a53-0d7c7c1f2a10');
    const call = s.tasks.lastCall();
    expect(call?.scope.epParam).toBe('ep1');
    expect(call?.args[0]).toEqual({ taskType: 'iac_scan', taskName: 'nightly', iac: { fileType: 'k8s_yaml', fileIds: ['a', 'b'] } });
  });

  it('creates a cluster task; cluster ids only for specific_cluster', async () => {
    const s = await createTestServer();
    await s.call({ method: 'POST', url: URL_, json: clusterBody({ scan_type_list: ['benchmark'], range_type: 'all_cluster', cluster_id_list: ['x'] }) });
    expect(s.tasks.lastCall()?.args[0]).toEqual({ taskType: 'cluster_scan', cluster: { scanTypes: ['benchmark'], rangeType: 'all_cluster' } });
    expect(s.tasks.lastCall()?.scope.epParam).toBe('0');
    await s.call({ method: 'POST', url: URL_, json: clusterBody({ scan_type_list: ['cluster_vul', 'benchmark'], range_type: 'specific_cluster', cluster_id_list: ['c1'] }) });
    expect(s.tasks.lastCall()?.args[0]).toEqual({
      taskType: 'cluster_scan', cluster: { scanTypes: ['cluster_vul', 'benchmark'], rangeType: 'specific_cluster', clusterIds: ['c1'] },
    });
  });

  const invalid: Array<[string, unknown, string]> = [
    ['missing task_type', {}, 'task_type'],
    ['bad task_type', { task_type: 'Cluster_scan' }, 'task_type'],
    ['task_type not a string', { task_type: 1 }, 'task_type'],
    ['cluster info missing', { task_type: 'cluster_scan' }, 'cluster_scan_info'],
    ['cluster info not an object', { task_type: 'cluster_scan', cluster_scan_info: [] }, 'cluster_scan_info'],
    ['scan_type_list missing', clusterBody({ range_type: 'all_cluster' }), 'cluster_scan_info.scan_type_list'],
    ['scan_type_list empty', clusterBody({ scan_type_list: [], range_type: 'all_cluster' }), 'cluster_scan_info.scan_type_list'],
    ['scan_type_list bad item', clusterBody({ scan_type_list: ['benchmark', 'vul'], range_type: 'all_cluster' }), 'cluster_scan_info.scan_type_list[1]'],
    ['scan_type_list duplicates', clusterBody({ scan_type_list: ['benchmark', 'benchmark'], range_type: 'all_cluster' }), 'cluster_scan_info.scan_type_list'],
    ['scan_type_list too long', clusterBody({ scan_type_list: ['benchmark', 'cluster_vul', 'risk_assessment', 'benchmark'], range_type: 'all_cluster' }), 'cluster_scan_info.scan_type_list'],
    ['range_type missing', clusterBody({ scan_type_list: ['benchmark'] }), 'cluster_scan_info.range_type'],
    ['range_type bad', clusterBody({ scan_type_list: ['benchmark'], range_type: 'some' }), 'cluster_scan_info.range_type'],
    ['cluster ids missing', clusterBody({ scan_type_list: ['benchmark'], range_type: 'specific_cluster' }), 'cluster_scan_info.cluster_id_list'],
    ['cluster ids empty', clusterBody({ scan_type_list: ['benchmark'], range_type: 'specific_cluster', cluster_id_list: [] }), 'cluster_scan_info.cluster_id_list'],
    ['cluster ids over 200', clusterBody({ scan_type_list: ['benchmark'], range_type: 'specific_cluster', cluster_id_list: Array.from({ length: 201 }, (_, i) => `c${i}`) }), 'cluster_scan_info.cluster_id_list'],
    ['cluster id too long', clusterBody({ scan_type_list: ['benchmark'], range_type: 'specific_cluster', cluster_id_list: ['x'.repeat(65)] }), 'cluster_scan_info.cluster_id_list[0]'],
    ['iac info missing', { task_type: 'iac_scan' }, 'iac_scan_info'],
    ['file_type missing', { task_type: 'iac_scan', iac_scan_info: { file_id_list: ['a'] } }, 'iac_scan_info.file_type'],
    ['file_type bad', { task_type: 'iac_scan', iac_scan_info: { file_type: 'helm', file_id_list: ['a'] } }, 'iac_scan_info.file_type'],
    ['file ids missing', { task_type: 'iac_scan', iac_scan_info: { file_type: 'dockerfile' } }, 'iac_scan_info.file_id_list'],
    ['file ids over 100', { task_type: 'iac_scan', iac_scan_info: { file_type: 'dockerfile', file_id_list: Array.from({ length: 101 }, (_, i) => `f${i}`) } }, 'iac_scan_info.file_id_list'],
    ['file id empty', { task_type: 'iac_scan', iac_scan_info: { file_type: 'dockerfile', file_id_list: [''] } }, 'iac_scan_info.file_id_list[0]'],
    ['task_name empty', { task_type: 'iac_scan', task_name: '', iac_scan_info: { file_type: 'dockerfile', file_id_list: ['a'] } }, 'task_name'],
    ['task_name too long', { task_type: 'iac_scan', task_name: 'n'.repeat(257), iac_scan_info: { file_type: 'dockerfile', file_id_list: ['a'] } }, 'task_name'],
  ];
  it.each(invalid)('rejects %s with HSS.0001 naming %#', async (_label, body, field) => {
    const s = await createTestServer();
    const r = await s.call({ method: 'POST', url: URL_, json: body });
    expect(r.status).toBe(400);
    expect(r.body['error_code']).toBe('HSS.0001');
    expect(String(r.body['error_msg'])).toMatch(new RegExp(`^Invalid parameter: ${field.replace(/[[\].]/g, '\\$&')} `));
    expect(s.tasks.calls).toHaveLength(0);
  });

  it('passes use-case errors through (unknown file → HSS.0011, EP not granted → HSS.0013)', async () => {
    const { BulwarkError, notFound } = await import('../../domain/errors.js');
    const s = await createTestServer();
    s.tasks.failWith = notFound('file f9');
    const r = await s.call({ method: 'POST', url: URL_, json: { task_type: 'iac_scan', iac_scan_info: { file_type: 'dockerfile', file_id_list: ['f9'] } } });
    expect([r.status, r.body['error_code']]).toEqual([400, 'HSS.0011']);
    s.tasks.failWith = new BulwarkError('ep_forbidden', 'enterprise project ep9 is not granted');
    const e = await s.call({ method: 'POST', url: `${URL_}?enterprise_project_id=ep9`, json: { task_type: 'iac_scan', iac_scan_info: { file_type: 'dockerfile', file_id_list: ['f9'] } } });
    expect([e.status, e.body['error_code']]).toEqual([403, 'HSS.0013']);
  });

  it('validates enterprise_project_id length', async () => {
    const s = await createTestServer();
    const r = await s.call({ method: 'POST', url: `${URL_}?enterprise_project_id=${'e'.repeat(257)}`, json: { task_type: 'iac_scan', iac_scan_info: { file_type: 'dockerfile', file_id_list: ['a'] } } });
    expect([r.status, r.body['error_code']]).toEqual([400, 'HSS.0001']);
    expect(String(r.body['error_msg'])).toContain('enterprise_project_id');
  });
});
