import { Type } from '@sinclair/typebox';
import { RISK_CATEGORIES, SEVERITIES } from '../../domain/severity.js';
import { toIacFileRiskQuery, toListIacFileRisksResponse } from '../mappers/list-iac-file-risks-mapping.js';
import { toPageRequest } from '../mappers/to-page-request.js';
import { defineRoute } from '../routing/define-route.js';
import { EnterpriseProjectId, EpochMillis, Limit, ObjectId, Offset, ProjectParams, StringEnum } from '../schemas/common-schemas.js';

export const RISK_LEVELS = ['high', 'medium', 'low', 'tips'] as const;

export const ListIacFileRisksQuery = Type.Object({
  enterprise_project_id: Type.Optional(EnterpriseProjectId),
  offset: Offset,
  limit: Limit,
  file_id: ObjectId,
  risk_name: Type.Optional(Type.String({ maxLength: 256, description: 'Substring' })),
  risk_level: Type.Optional(StringEnum(RISK_LEVELS)),
  risk_category: Type.Optional(StringEnum(RISK_CATEGORIES)),
});

export const WireIacFileRisk = Type.Object({
  risk_id: Type.String({ description: 'Stable per file and rule' }),
  rule_id: Type.String(),
  risk_name: Type.String(),
  risk_level: StringEnum(RISK_LEVELS),
  severity: StringEnum(SEVERITIES, { description: '(extension) the five-level engine severity' }),
  risk_category: StringEnum(RISK_CATEGORIES),
  risk_num: Type.Integer({ minimum: 0, description: 'Occurrences in the file' }),
  last_scan_time: EpochMillis,
  description: Type.String(),
  remediation: Type.String(),
  build_instruction: Type.String({ description: 'Dockerfile: the offending instruction; empty for Kubernetes files' }),
});

export const ListIacFileRisksResponse = Type.Object({
  total_num: Type.Integer({ minimum: 0 }),
  data_list: Type.Array(WireIacFileRisk),
});

export const listIacFileRisks = defineRoute({
  operationId: 'ListIacFileRisks',
  method: 'GET',
  url: '/v5/:project_id/container/iac/file/risks',
  summary: 'List the rules that fired on an IaC file',
  tags: ['iac'],
  access: { role: 'viewer' },
  schema: { params: ProjectParams, querystring: ListIacFileRisksQuery, response: { 200: ListIacFileRisksResponse } },
  async handler(req, { tasks }) {
    return toListIacFileRisksResponse(await tasks.listIacFileRisks(req.scope, toIacFileRiskQuery(req.query), toPageRequest(req.query)));
  },
});
