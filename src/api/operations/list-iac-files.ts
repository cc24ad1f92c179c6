import { Type } from '@sinclair/typebox';
import { FILE_TYPES } from '../../domain/scan-types.js';
import { toIacFileQuery, toListIacFilesResponse } from '../mappers/list-iac-files-mapping.js';
import { toPageRequest } from '../mappers/to-page-request.js';
import { defineRoute } from '../routing/define-route.js';
import { EnterpriseProjectId, EpochMillis, Limit, ObjectId, Offset, ProjectParams, StringEnum } from '../schemas/common-schemas.js';

export const IAC_SCAN_TYPES = ['manual_scan', 'cicd_scan'] as const;

export const ListIacFilesQuery = Type.Object({
  enterprise_project_id: Type.Optional(EnterpriseProjectId),
  offset: Offset,
  limit: Limit,
  scan_type: StringEnum(IAC_SCAN_TYPES, { description: 'API uploads are manual_scan' }),
  file_id: Type.Optional(ObjectId),
  file_name: Type.Optional(Type.String({ maxLength: 256, description: 'Substring' })),
  file_type: Type.Optional(StringEnum(FILE_TYPES)),
  risky: Type.Optional(Type.Boolean()),
  cicd_id: Type.Optional(Type.String({ maxLength: 256 })),
  cicd_name: Type.Optional(Type.String({ maxLength: 256 })),
});

export const WireIacFile = Type.Object({
  file_id: Type.String(),
  file_name: Type.String(),
  file_type: StringEnum(FILE_TYPES),
  risky: Type.Boolean(),
  risk_num: Type.Integer({ minimum: 0 }),
  first_scan_time: Type.Optional(EpochMillis),
  last_scan_time: Type.Optional(EpochMillis),
  upload_file_time: EpochMillis,
  cicd_id: Type.Optional(Type.String()),
  cicd_name: Type.Optional(Type.String()),
  scan_type: StringEnum(IAC_SCAN_TYPES),
});

export const ListIacFilesResponse = Type.Object({
  total_num: Type.Integer({ minimum: 0 }),
  data_list: Type.Array(WireIacFile),
});

export const listIacFiles = defineRoute({
  operationId: 'ListIacFiles',
  method: 'GET',
  url: '/v5/:project_id/container/iac/files',
  summary: 'List uploaded IaC files with their risk counts',
  tags: ['iac'],
  access: { role: 'viewer' },
  schema: { params: ProjectParams, querystring: ListIacFilesQuery, response: { 200: ListIacFilesResponse } },
  async handler(req, { tasks }) {
    return toListIacFilesResponse(await tasks.listIacFiles(req.scope, toIacFileQuery(req.query), toPageRequest(req.query)));
  },
});
