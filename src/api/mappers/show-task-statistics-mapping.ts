import type { Static } from '@sinclair/typebox';
import type { TaskStatistics } from '../../tasks/use-cases.js';
import type { ShowTaskStatisticsResponse } from '../operations/show-task-statistics.js';

export function toShowTaskStatisticsResponse(stats: TaskStatistics): Static<typeof ShowTaskStatisticsResponse> {
  return {
    total_num: stats.total,
    running_num: stats.running,
    // HSS omits the field when no task exists yet.
    ...(stats.lastCreatedAt === undefined ? {} : { last_task_start_time: stats.lastCreatedAt }),
  };
}
