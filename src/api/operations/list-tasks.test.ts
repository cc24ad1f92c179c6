import { describe, expect, it } from 'vitest';
import { createTestServer, matchesResponseSchema, P } from '../testing/test-server.js';
import { listTasks } from './list-tasks.js';

const URL_ = `${P}/common/tasks/batch-query`;

describe('ListTasks', () => {
  it('lists tasks, maps filters and defaults (offset 0, limit 10, sort desc)', async () => {
    const s = await createTestServer();
    const r = await s.call({ method: 'POST', url: URL_, json: { task_type: 'iac_scan' } });
    expect(r.status).toBe(200);
    expect(matchesResponseSchema(listTasks, 200, r.body)).toEqual([]);
    expect(r.body).toEqual({
      total_num: 1,
      data_list: [{
        task_id: '6f1c1f8e-2a57-4c0e-9a53-0d7c7c1f2a10', task_type: 'iac_scan', task_name: 'iac_scan_20250101000000', trigger_type: 'manual',
        task_status: 'finished', start_time: 1_735_689_600_000, end_time: 1_735_689_660_000, estimated_time: 0,
        iac_scan_info: { file_type: 'k8s_yaml', scan_file_num: 2, success_file_num: 1, failed_file_num: 1 },
      }],
    });
    expect(s.tasks.lastCall()?.args).toEqual([{ taskType: 'iac_scan', sortDir: 'desc' }, { offset: 0, limit: 10 }]);
  });

  it('passes every filter, and only the branch of the task type', async () => {
    const s = await createTestServer();
    await s.call({ method: 'POST', url: `${URL_}?offset=2000000&limit=200`, json: {
      task_type: 'cluster_scan', task_id: 't1', task_name: '50%_off', start_create_time: 1, end_create_time: 1, trigger_type: 'schedule',
      task_status: 'running', sort_key: 'start_time', sort_dir: 'asc', cluster_scan_info: { scan_type_list: ['benchmark'] },
      iac_scan_info: { file_type: 'dockerfile' },
    } });
    expect(s.tasks.lastCall()?.args).toEqual([{
      taskType: 'cluster_scan', taskId: 't1', taskName: '50%_off', startCreateTime: 1, endCreateTime: 1, triggerType: 'schedule',
      taskStatus: 'running', sortDir: 'asc', scanTypes: ['benchmark'],
    }, { offset: 2_000_000, limit: 200 }]);
    await s.call({ method: 'POST', url: URL_, json: { task_type: 'cluster_scan', cluster_scan_info: { scan_type_list: [] } } });
    expect(s.tasks.lastCall()?.args[0]).toEqual({ taskType: 'cluster_scan', sortDir: 'desc' });
  });

  const invalidQuery: Array<[string, string]> = [
    ['limit=9', 'limit'], ['limit=201', 'limit'], ['limit=abc', 'limit'], ['limit=10.5', 'limit'], ['limit=', 'limit'],
    ['offset=-1', 'offset'], ['offset=2000001', 'offset'], ['offset=1e3', 'offset'], ['limit=10&limit=20', 'limit'],
    ['enterprise_project_id=', 'enterprise_project_id'],
  ];
  it.each(invalidQuery)('rejects query %s with HSS.0001', async (query, field) => {
    const s = await createTestServer();
    const r = await s.call({ method: 'POST', url: `${URL_}?${query}`, json: { task_type: 'iac_scan' } });
    expect([r.status, r.body['error_code']]).toEqual([400, 'HSS.0001']);
    expect(String(r.body['error_msg'])).toContain(`Invalid parameter: ${field} `);
  });

  const invalidBody: Array<[string, Record<string, unknown>, string]> = [
    ['no task_type', {}, 'task_type'],
    ['bad task_status', { task_type: 'iac_scan', task_status: 'done' }, 'task_status'],
    ['bad trigger_type', { task_type: 'iac_scan', trigger_type: 'MANUAL' }, 'trigger_type'],
    ['bad sort_key', { task_type: 'iac_scan', sort_key: 'end_time' }, 'sort_key'],
    ['bad sort_dir', { task_type: 'iac_scan', sort_dir: 'up' }, 'sort_dir'],
    ['time as string', { task_type: 'iac_scan', start_create_time: '1' }, 'start_create_time'],
    ['negative time', { task_type: 'iac_scan', end_create_time: -5 }, 'end_create_time'],
    ['start after end', { task_type: 'iac_scan', start_create_time: 10, end_create_time: 9 }, 'start_create_time'],
    ['bad scan type', { task_type: 'cluster_scan', cluster_scan_info: { scan_type_list: ['x'] } }, 'cluster_scan_info.scan_type_list[0]'],
    ['bad file type', { task_type: 'iac_scan', iac_scan_info: { file_type: 'x' } }, 'iac_scan_info.file_type'],
  ];
  it.each(invalidBody)('rejects a body with %s', async (_label, body, field) => {
    const s = await createTestServer();
    const r = await s.call({ method: 'POST', url: URL_, json: body });
    expect([r.status, r.body['error_code']]).toEqual([400, 'HSS.0001']);
    expect(String(r.body['error_msg'])).toContain(`Invalid parameter: ${field} `);
  });

  it('answers a cluster task with cluster_scan_info and no iac_scan_info', async () => {
    const s = await createTestServer();
    const { SAMPLE_TASK } = await import('../testing/fake-task-use-cases.js');
    s.tasks.listTasks = async () => ({
      total: 5,
      items: [{ ...SAMPLE_TASK, type: 'cluster_scan', status: 'running', finishedAt: undefined, estimatedMinutes: 3, iac: undefined,
        cluster: { scanTypes: ['benchmark'], rangeType: 'all_cluster', counters: { scanning: 1, success: 2, failed: 0 } } }],
    });
    const r = await s.call({ method: 'POST', url: URL_, json: { task_type: 'cluster_scan' } });
    expect(matchesResponseSchema(listTasks, 200, r.body)).toEqual([]);
    const row = (r.body['data_list'] as Array<Record<string, unknown>>)[0];
    expect(row?.['end_time']).toBeUndefined();
    expect(row?.['iac_scan_info']).toBeUndefined();
    expect(row?.['estimated_time']).toBe(3);
    expect(row?.['cluster_scan_info']).toEqual({ scan_type_list: ['benchmark'], scanning_cluster_num: 1, success_cluster_num: 2, failed_cluster_num: 0 });
    expect(r.body['total_num']).toBe(5);
  });
});
