import { describe, expect, it } from 'vitest';
import { createTestServer, matchesResponseSchema, P } from '../testing/test-server.js';
import { showTaskStatistics } from './show-task-statistics.js';

const URL_ = `${P}/common/task-statistics`;

describe('ShowTaskStatistics', () => {
  it('answers counts and the newest creation time, omitted when none', async () => {
    const s = await createTestServer();
    const iac = await s.call({ method: 'GET', url: `${URL_}?task_type=iac_scan&enterprise_project_id=all_granted_eps` });
    expect(iac.status).toBe(200);
    expect(matchesResponseSchema(showTaskStatistics, 200, iac.body)).toEqual([]);
    expect(iac.body).toEqual({ total_num: 3, running_num: 1, last_task_start_time: 1_735_689_600_000 });
    expect(s.tasks.lastCall()?.scope.epParam).toBe('all_granted_eps');
    const cluster = await s.call({ method: 'GET', url: `${URL_}?task_type=cluster_scan`, role: 'viewer' });
    expect(cluster.body).toEqual({ total_num: 3, running_num: 1 });
  });

  it.each(['', '?task_type=', '?task_type=iac', '?task_type=iac_scan&task_type=cluster_scan'])('rejects %s with HSS.0001 naming task_type', async (q) => {
    const s = await createTestServer();
    const r = await s.call({ method: 'GET', url: `${URL_}${q}` });
    expect([r.status, r.body['error_code']]).toEqual([400, 'HSS.0001']);
    expect(String(r.body['error_msg'])).toContain('task_type');
  });
});
