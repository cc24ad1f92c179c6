import { Type } from '@sinclair/typebox';
import { FILE_TYPES, SCAN_TYPES, TASK_STATUSES, TASK_TYPES, TRIGGER_TYPES } from '../../domain/scan-types.js';
import { toListTasksResponse, toTaskQuery } from '../mappers/list-tasks-mapping.js';
import { defineRoute } from '../routing/define-route.js';
import { EpochMillis, ObjectId, PageQuery, ProjectParams, StringEnum } from '../schemas/common-schemas.js';
import { toPageRequest } from '../mappers/to-page-request.js';
import { WireTask } from '../schemas/wire-task.js';

export const ListTasksBody = Type.Object({
  task_type: StringEnum(TASK_TYPES),
  task_id: Type.Optional(ObjectId),
  task_name: Type.Optional(Type.String({ maxLength: 256, description: 'Case-insensitive substring; `%`, `_` and `\\` are literal' })),
  start_create_time: Type.Optional(EpochMillis),
  end_create_time: Type.Optional(EpochMillis),
  trigger_type: Type.Optional(StringEnum(TRIGGER_TYPES)),
  task_status: Type.Optional(StringEnum(TASK_STATUSES)),
  sort_key: Type.Optional(StringEnum(['start_time'] as const)),
  sort_dir: Type.Optional(StringEnum(['asc', 'desc'] as const, { default: 'desc' })),
  cluster_scan_info: Type.Optional(Type.Object({
    scan_type_list: Type.Optional(Type.Array(StringEnum(SCAN_TYPES), { maxItems: 3, description: 'Tasks including all of these items; empty = no filter' })),
  })),
  iac_scan_info: Type.Optional(Type.Object({ file_type: Type.Optional(StringEnum(FILE_TYPES)) })),
});

export const ListTasksResponse = Type.Object({
  total_num: Type.Integer({ minimum: 0 }),
  data_list: Type.Array(WireTask),
});

export const listTasks = defineRoute({
  operationId: 'ListTasks',
  method: 'POST',
  url: '/v5/:project_id/common/tasks/batch-query',
  summary: 'List scan tasks',
  tags: ['task'],
  access: { role: 'viewer' },
  schema: { params: ProjectParams, querystring: PageQuery, body: ListTasksBody, response: { 200: ListTasksResponse } },
  async handler(req, { tasks }) {
    return toListTasksResponse(await tasks.listTasks(req.scope, toTaskQuery(req.body), toPageRequest(req.query)));
  },
});
