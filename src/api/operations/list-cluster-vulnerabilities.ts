import { Type } from '@sinclair/typebox';
import { SEVERITIES } from '../../domain/severity.js';
import { toClusterVulnerabilityQuery, toListClusterVulnerabilitiesResponse } from '../mappers/list-cluster-vulnerabilities-mapping.js';
import { clusterUseCasesOf } from '../mappers/register-cluster-mapping.js';
import { toPageRequest } from '../mappers/to-page-request.js';
import { defineRoute } from '../routing/define-route.js';
import { EnterpriseProjectId, Limit, ObjectId, Offset, ProjectParams, StringEnum } from '../schemas/common-schemas.js';

export const ListClusterVulnerabilitiesQuery = Type.Object({
  enterprise_project_id: Type.Optional(EnterpriseProjectId),
  offset: Type.Optional(Offset),
  limit: Type.Optional(Limit),
  cluster_id: Type.Optional(ObjectId),
  severity: Type.Optional(StringEnum(SEVERITIES)),
  component: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'Component id, e.g. kube-apiserver, coredns' })),
  cve_id: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
});

export const WireClusterVulnerability = Type.Object({
  cve_id: Type.String(),
  component: Type.String(),
  installed_version: Type.String(),
  fixed_versions: Type.Array(Type.String()),
  severity: StringEnum(SEVERITIES),
  cvss_score: Type.Optional(Type.Number({ minimum: 0, maximum: 10 })),
  cvss_vector: Type.Optional(Type.String()),
  confidence: Type.String({ description: 'exact | vendor_build_may_backport | inferred_from_cluster_version' }),
  title: Type.String(),
  references: Type.Array(Type.String()),
  cluster_id: Type.String(),
  cluster_name: Type.String(),
  affected_nodes: Type.Array(Type.String(), { description: 'Node names; other resources as kind/namespace/name' }),
});

export const ListClusterVulnerabilitiesResponse = Type.Object({
  total_num: Type.Integer({ minimum: 0 }),
  data_list: Type.Array(WireClusterVulnerability),
});

export const listClusterVulnerabilities = defineRoute({
  operationId: 'ListClusterVulnerabilities',
  method: 'GET',
  url: '/v5/:project_id/container/cluster/vuls',
  summary: '(extension) List Kubernetes component and add-on CVEs of the latest cluster_vul scans',
  tags: ['cluster'],
  access: { role: 'viewer' },
  schema: { params: ProjectParams, querystring: ListClusterVulnerabilitiesQuery, response: { 200: ListClusterVulnerabilitiesResponse } },
  async handler(req, { tasks }) {
    const page = await clusterUseCasesOf(tasks).listClusterVulnerabilities(req.scope, toClusterVulnerabilityQuery(req.query), toPageRequest(req.query));
    return toListClusterVulnerabilitiesResponse(page);
  },
});
