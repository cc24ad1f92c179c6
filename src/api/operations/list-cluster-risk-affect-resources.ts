import { Type } from '@sinclair/typebox';
import { toAffectedResourceQuery, toListClusterRiskAffectResourcesResponse } from '../mappers/list-cluster-risk-affect-resources-mapping.js';
import { clusterUseCasesOf } from '../mappers/register-cluster-mapping.js';
import { toPageRequest } from '../mappers/to-page-request.js';
import { defineRoute } from '../routing/define-route.js';
import { EnterpriseProjectId, EpochMillis, Limit, ObjectId, Offset, ProjectId } from '../schemas/common-schemas.js';

export const ListClusterRiskAffectResourcesParams = Type.Object({
  project_id: ProjectId,
  risk_id: Type.String({ minLength: 1, maxLength: 128, description: 'A risk_id from ListClusterRisks' }),
});

export const ListClusterRiskAffectResourcesQuery = Type.Object({
  enterprise_project_id: Type.Optional(EnterpriseProjectId),
  offset: Type.Optional(Offset),
  limit: Type.Optional(Limit),
  cluster_id: Type.Optional(ObjectId),
  resource_name: Type.Optional(Type.String({ maxLength: 253, description: 'Substring' })),
  resource_type: Type.Optional(Type.String({ maxLength: 128, description: 'Kind, e.g. Deployment' })),
  namespace: Type.Optional(Type.String({ maxLength: 253 })),
});

export const WireAffectedResource = Type.Object({
  resource_id: Type.String({ description: 'Object uid (or kind/namespace/name for settings without one)' }),
  resource_name: Type.String(),
  resource_type: Type.String(),
  namespace: Type.String(),
  cluster_id: Type.String({ description: '(extension) the cluster the resource is in' }),
  hit_rule: Type.String(),
  hit_path_list: Type.Array(Type.String()),
  first_scan_time: EpochMillis,
  last_scan_time: EpochMillis,
});

export const ListClusterRiskAffectResourcesResponse = Type.Object({
  total_num: Type.Integer({ minimum: 0 }),
  data_list: Type.Array(WireAffectedResource),
});

export const listClusterRiskAffectResources = defineRoute({
  operationId: 'ListClusterRiskAffectResources',
  method: 'GET',
  url: '/v5/:project_id/container/cluster/risk/:risk_id/affected-resources',
  summary: 'List the resources a cluster risk was found on',
  tags: ['cluster'],
  access: { role: 'viewer' },
  schema: { params: ListClusterRiskAffectResourcesParams, querystring: ListClusterRiskAffectResourcesQuery, response: { 200: ListClusterRiskAffectResourcesResponse } },
  async handler(req, { tasks }) {
    const page = await clusterUseCasesOf(tasks).listAffectedResources(req.scope, toAffectedResourceQuery(req.params.risk_id, req.query), toPageRequest(req.query));
    return toListClusterRiskAffectResourcesResponse(page);
  },
});
