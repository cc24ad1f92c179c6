import { Type } from '@sinclair/typebox';
import { toIacRiskPathQuery, toListIacFileRiskPathsResponse } from '../mappers/list-iac-file-risk-paths-mapping.js';
import { toPageRequest } from '../mappers/to-page-request.js';
import { defineRoute } from '../routing/define-route.js';
import { EnterpriseProjectId, Limit, ObjectId, Offset, ProjectParams } from '../schemas/common-schemas.js';

export const ListIacFileRiskPathsQuery = Type.Object({
  enterprise_project_id: Type.Optional(EnterpriseProjectId),
  offset: Offset,
  limit: Limit,
  file_id: ObjectId,
  rule_id: Type.String({ minLength: 1, maxLength: 128 }),
  resource_name: Type.Optional(Type.String({ maxLength: 256 })),
  resource_type: Type.Optional(Type.String({ maxLength: 256 })),
  namespace: Type.Optional(Type.String({ maxLength: 256 })),
});

const Position = Type.Integer({ minimum: 1, description: '(extension) 1-based' });

export const WireIacRiskPath = Type.Object({
  resource_name: Type.String(),
  resource_type: Type.String(),
  namespace: Type.String(),
  hit_rule: Type.String(),
  hit_path: Type.String({ description: 'e.g. `spec.template.spec.containers[0].securityContext.privileged` or `stage[1].RUN[3]`' }),
  start_line: Position,
  start_column: Position,
  end_line: Position,
  end_column: Position,
});

export const ListIacFileRiskPathsResponse = Type.Object({
  total_num: Type.Integer({ minimum: 0 }),
  data_list: Type.Array(WireIacRiskPath),
});

export const listIacFileRiskPaths = defineRoute({
  operationId: 'ListIacFileRiskPaths',
  method: 'GET',
  url: '/v5/:project_id/container/iac/file/risk/paths',
  summary: 'List where one rule fired in an IaC file',
  tags: ['iac'],
  access: { role: 'viewer' },
  schema: { params: ProjectParams, querystring: ListIacFileRiskPathsQuery, response: { 200: ListIacFileRiskPathsResponse } },
  async handler(req, { tasks }) {
    return toListIacFileRiskPathsResponse(await tasks.listIacFileRiskPaths(req.scope, toIacRiskPathQuery(req.query), toPageRequest(req.query)));
  },
});
