import { Type } from '@sinclair/typebox';
import { FILE_TYPES, RANGE_TYPES, SCAN_TYPES, TASK_TYPES } from '../../domain/scan-types.js';
import { toCreateTaskInput } from '../mappers/create-task-mapping.js';
import { defineRoute } from '../routing/define-route.js';
import { EpQuery, ObjectId, ProjectParams, StringEnum } from '../schemas/common-schemas.js';

// Branch fields are optional here and made mandatory by the mapper for the branch that
// task_type selects: SDKs send empty objects for the unused branch.
export const CreateTaskBody = Type.Object({
  task_type: StringEnum(TASK_TYPES),
  task_name: Type.Optional(Type.String({ minLength: 1, maxLength: 256, description: '(extension) default `<task_type>_<yyyyMMddHHmmss UTC>`' })),
  cluster_scan_info: Type.Optional(Type.Object({
    scan_type_list: Type.Optional(Type.Array(StringEnum(SCAN_TYPES), { minItems: 1, maxItems: 3, uniqueItems: true })),
    range_type: Type.Optional(StringEnum(RANGE_TYPES)),
    cluster_id_list: Type.Optional(Type.Array(ObjectId, { minItems: 1, maxItems: 200 })),
  }, { description: 'Mandatory when task_type is cluster_scan' })),
  iac_scan_info: Type.Optional(Type.Object({
    file_type: Type.Optional(StringEnum(FILE_TYPES)),
    file_id_list: Type.Optional(Type.Array(ObjectId, { minItems: 1, maxItems: 100 })),
  }, { description: 'Mandatory when task_type is iac_scan' })),
});

export const CreateTaskResponse = Type.Object({ task_id: Type.String() });

export const createTask = defineRoute({
  operationId: 'CreateTask',
  method: 'POST',
  url: '/v5/:project_id/common/task',
  summary: 'Create a cluster or IaC scan task',
  tags: ['task'],
  access: { role: 'operator' },
  schema: { params: ProjectParams, querystring: EpQuery, body: CreateTaskBody, response: { 200: CreateTaskResponse } },
  async handler(req, { tasks }) {
    const { taskId } = await tasks.createTask(req.scope, toCreateTaskInput(req.body));
    return { task_id: taskId };
  },
});
