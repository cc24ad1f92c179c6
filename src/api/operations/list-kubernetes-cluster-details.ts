import { Type } from '@sinclair/typebox';
import { CLUSTER_TYPES } from '../../domain/scan-types.js';
import { toClusterDetailsQuery, toListKubernetesClusterDetailsResponse } from '../mappers/list-kubernetes-cluster-details-mapping.js';
import { clusterUseCasesOf } from '../mappers/register-cluster-mapping.js';
import { toPageRequest } from '../mappers/to-page-request.js';
import { defineRoute } from '../routing/define-route.js';
import { EnterpriseProjectId, EpochMillis, Limit, Offset, ProjectParams, StringEnum } from '../schemas/common-schemas.js';

export const ListKubernetesClusterDetailsQuery = Type.Object({
  enterprise_project_id: Type.Optional(EnterpriseProjectId),
  offset: Type.Optional(Offset),
  limit: Type.Optional(Limit),
  cluster_name: Type.Optional(Type.String({ maxLength: 128, description: 'Substring' })),
  load_agent_info: Type.Optional(Type.Boolean({ description: 'Accepted for HSS compatibility; Bulwark runs no agents' })),
  scene: Type.Optional(Type.String({ maxLength: 64, description: 'Accepted for HSS compatibility; ignored' })),
});

export const WireClusterInfo = Type.Object({
  id: Type.String(),
  cluster_name: Type.String(),
  cluster_id: Type.String(),
  cluster_type: StringEnum(CLUSTER_TYPES),
  status: StringEnum(['Available', 'Unavailable'] as const, { description: 'Unavailable when the newest scan could not read the cluster' }),
  version: Type.String(),
  total_nodes_number: Type.Integer({ minimum: 0 }),
  active_nodes_number: Type.Integer({ minimum: 0 }),
  creation_timestamp: EpochMillis,
  agent_installed_num: Type.Integer({ minimum: 0 }),
  agent_install_failed_num: Type.Integer({ minimum: 0 }),
  agent_not_install_num: Type.Integer({ minimum: 0 }),
  agent_ds_install_status: Type.String(),
  last_scan_time: Type.Optional(EpochMillis),
  sys_vul_num: Type.Integer({ minimum: 0, description: 'Kubernetes component CVEs' }),
  app_vul_num: Type.Integer({ minimum: 0, description: 'Add-on CVEs (ingress-nginx, CoreDNS, etcd, runtimes)' }),
  emg_vul_num: Type.Integer({ minimum: 0, description: 'Critical CVEs' }),
  risk_assess_num: Type.Integer({ minimum: 0 }),
  sec_comp_num: Type.Integer({ minimum: 0, description: 'Failed benchmark recommendations' }),
});

export const ListKubernetesClusterDetailsResponse = Type.Object({
  last_update_time: EpochMillis,
  total_num: Type.Integer({ minimum: 0 }),
  cluster_info_list: Type.Array(WireClusterInfo),
});

export const listKubernetesClusterDetails = defineRoute({
  operationId: 'ListKubernetesClusterDetails',
  method: 'GET',
  url: '/v5/:project_id/kubernetes/clusters',
  summary: 'List registered clusters with node counts and finding totals from their latest scans',
  tags: ['cluster'],
  access: { role: 'viewer' },
  schema: { params: ProjectParams, querystring: ListKubernetesClusterDetailsQuery, response: { 200: ListKubernetesClusterDetailsResponse } },
  async handler(req, { tasks }) {
    const page = await clusterUseCasesOf(tasks).listClusterDetails(req.scope, toClusterDetailsQuery(req.query), toPageRequest(req.query));
    return toListKubernetesClusterDetailsResponse(page);
  },
});
