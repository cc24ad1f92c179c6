import { Type } from '@sinclair/typebox';
import { CLUSTER_TYPES, FILE_TYPES, RESOURCE_STATUSES, SCAN_TYPES, TASK_TYPES } from '../../domain/scan-types.js';
import { toListTaskResourcesResponse, toTaskResourceQuery } from '../mappers/list-task-resources-mapping.js';
import { toPageRequest } from '../mappers/to-page-request.js';
import { defineRoute } from '../routing/define-route.js';
import { EpochMillis, ObjectId, PageQuery, ProjectId, StringEnum } from '../schemas/common-schemas.js';

export const TaskResourcesParams = Type.Object({ project_id: ProjectId, task_id: ObjectId });

export const ListTaskResourcesBody = Type.Object({
  task_type: StringEnum(TASK_TYPES, { description: 'Must equal the type of the task' }),
  cluster_scan_info: Type.Optional(Type.Object({
    scan_status: Type.Optional(StringEnum(RESOURCE_STATUSES)),
    cluster_name: Type.Optional(Type.String({ maxLength: 128, description: 'Substring' })),
    cluster_id: Type.Optional(ObjectId),
    cluster_type: Type.Optional(StringEnum(CLUSTER_TYPES)),
  })),
  iac_scan_info: Type.Optional(Type.Object({
    scan_status: Type.Optional(StringEnum(RESOURCE_STATUSES)),
    file_name: Type.Optional(Type.String({ maxLength: 256, description: 'Substring' })),
    chart_name: Type.Optional(Type.String({ maxLength: 256 })),
  })),
});

const ClusterScanData = Type.Object({
  cluster_name: Type.String(),
  cluster_id: Type.String(),
  cluster_type: StringEnum(CLUSTER_TYPES),
  cluster_version: Type.Optional(Type.String()),
  scan_status: StringEnum(RESOURCE_STATUSES),
  start_time: Type.Optional(EpochMillis),
  end_time: Type.Optional(EpochMillis),
  scan_detail_list: Type.Array(Type.Object({
    scan_type: StringEnum(SCAN_TYPES),
    status: StringEnum(RESOURCE_STATUSES),
    failed_reason: Type.Optional(Type.String()),
  })),
});

const IacScanData = Type.Object({
  file_name: Type.String(),
  file_type: StringEnum(FILE_TYPES),
  chart_name: Type.Optional(Type.String()),
  file_id: Type.String(),
  file_size: Type.Integer({ minimum: 0, description: 'Bytes' }),
  scan_status: StringEnum(RESOURCE_STATUSES),
  failed_reason: Type.Optional(Type.String()),
  start_time: Type.Optional(EpochMillis),
  end_time: Type.Optional(EpochMillis),
});

export const ListTaskResourcesResponse = Type.Object({
  total_num: Type.Integer({ minimum: 0 }),
  cluster_scan_data_list: Type.Optional(Type.Array(ClusterScanData)),
  iac_scan_data_list: Type.Optional(Type.Array(IacScanData)),
});

export const listTaskResources = defineRoute({
  operationId: 'ListTaskResources',
  method: 'POST',
  url: '/v5/:project_id/common/tasks/:task_id/resources/batch-query',
  summary: 'List the clusters or files scanned by a task',
  tags: ['task'],
  access: { role: 'viewer' },
  schema: { params: TaskResourcesParams, querystring: PageQuery, body: ListTaskResourcesBody, response: { 200: ListTaskResourcesResponse } },
  async handler(req, { tasks }) {
    const result = await tasks.listTaskResources(req.scope, req.params.task_id, toTaskResourceQuery(req.body), toPageRequest(req.query));
    return toListTaskResourcesResponse(result);
  },
});
