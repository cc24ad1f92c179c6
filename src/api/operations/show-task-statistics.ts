import { Type } from '@sinclair/typebox';
import { TASK_TYPES } from '../../domain/scan-types.js';
import { toShowTaskStatisticsResponse } from '../mappers/show-task-statistics-mapping.js';
import { defineRoute } from '../routing/define-route.js';
import { EnterpriseProjectId, EpochMillis, ProjectParams, StringEnum } from '../schemas/common-schemas.js';

export const ShowTaskStatisticsQuery = Type.Object({
  enterprise_project_id: Type.Optional(EnterpriseProjectId),
  task_type: StringEnum(TASK_TYPES),
});

export const ShowTaskStatisticsResponse = Type.Object({
  total_num: Type.Integer({ minimum: 0, description: 'Tasks ever created of this type in scope' }),
  running_num: Type.Integer({ minimum: 0 }),
  last_task_start_time: Type.Optional(EpochMillis),
});

export const showTaskStatistics = defineRoute({
  operationId: 'ShowTaskStatistics',
  method: 'GET',
  url: '/v5/:project_id/common/task-statistics',
  summary: 'Count tasks of one type',
  tags: ['task'],
  access: { role: 'viewer' },
  schema: { params: ProjectParams, querystring: ShowTaskStatisticsQuery, response: { 200: ShowTaskStatisticsResponse } },
  async handler(req, { tasks }) {
    return toShowTaskStatisticsResponse(await tasks.showTaskStatistics(req.scope, req.query.task_type));
  },
});
