import { Type } from '@sinclair/typebox';
import { RISK_CATEGORIES, SEVERITIES } from '../../domain/severity.js';
import { toClusterRiskQuery, toListClusterRisksResponse } from '../mappers/list-cluster-risks-mapping.js';
import { clusterUseCasesOf } from '../mappers/register-cluster-mapping.js';
import { toPageRequest } from '../mappers/to-page-request.js';
import { defineRoute } from '../routing/define-route.js';
import { EnterpriseProjectId, EpochMillis, Limit, ObjectId, Offset, ProjectParams, StringEnum } from '../schemas/common-schemas.js';
import { RISK_LEVELS } from './list-iac-file-risks.js';

export const CLUSTER_RISK_TYPES = ['risk_assessment', 'benchmark'] as const;

export const ListClusterRisksQuery = Type.Object({
  enterprise_project_id: Type.Optional(EnterpriseProjectId),
  offset: Type.Optional(Offset),
  limit: Type.Optional(Limit),
  risk_type: Type.Optional(StringEnum(CLUSTER_RISK_TYPES)),
  risk_status: Type.Optional(StringEnum(['risky'] as const, { description: 'Only risky items are listed; accepted for HSS compatibility' })),
  cluster_id: Type.Optional(ObjectId),
  cluster_name: Type.Optional(Type.String({ maxLength: 128, description: 'Substring' })),
  risk_name: Type.Optional(Type.String({ maxLength: 256, description: 'Substring' })),
  risk_level: Type.Optional(StringEnum(RISK_LEVELS)),
  risk_category: Type.Optional(StringEnum(RISK_CATEGORIES)),
});

export const WireClusterRisk = Type.Object({
  risk_id: Type.String({ description: 'risk_assessment: the check id; benchmark: the CIS id (CIS-5.1.1)' }),
  risk_type: StringEnum(CLUSTER_RISK_TYPES, { description: '(extension) the scan item that found it' }),
  risk_name: Type.String(),
  cluster_id: Type.String(),
  cluster_name: Type.String(),
  risk_level: StringEnum(RISK_LEVELS),
  severity: StringEnum(SEVERITIES, { description: '(extension) the five-level engine severity' }),
  risk_category: StringEnum(RISK_CATEGORIES),
  risk_num: Type.Integer({ minimum: 0, description: 'Affected resources' }),
  last_scan_time: EpochMillis,
  description: Type.String(),
  remediation: Type.String(),
});

export const ListClusterRisksResponse = Type.Object({
  total_num: Type.Integer({ minimum: 0 }),
  data_list: Type.Array(WireClusterRisk),
});

export const listClusterRisks = defineRoute({
  operationId: 'ListClusterRisks',
  method: 'GET',
  url: '/v5/:project_id/container/cluster/risks',
  summary: 'List risk assessment findings and failed benchmark items of the latest cluster scans',
  tags: ['cluster'],
  access: { role: 'viewer' },
  schema: { params: ProjectParams, querystring: ListClusterRisksQuery, response: { 200: ListClusterRisksResponse } },
  async handler(req, { tasks }) {
    return toListClusterRisksResponse(await clusterUseCasesOf(tasks).listClusterRisks(req.scope, toClusterRiskQuery(req.query), toPageRequest(req.query)));
  },
});
