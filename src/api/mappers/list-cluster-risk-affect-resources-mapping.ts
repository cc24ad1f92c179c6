import type { Static } from '@sinclair/typebox';
import type { Page } from '../../domain/page.js';
import type { AffectedResource, AffectedResourceQuery } from '../../tasks/cluster/cluster-use-cases.js';
import type {
  ListClusterRiskAffectResourcesQuery, ListClusterRiskAffectResourcesResponse, WireAffectedResource,
} from '../operations/list-cluster-risk-affect-resources.js';

export function toAffectedResourceQuery(riskId: string, q: Static<typeof ListClusterRiskAffectResourcesQuery>): AffectedResourceQuery {
  return {
    riskId,
    ...(q.cluster_id === undefined ? {} : { clusterId: q.cluster_id }),
    ...(q.resource_name === undefined || q.resource_name === '' ? {} : { resourceName: q.resource_name }),
    ...(q.resource_type === undefined || q.resource_type === '' ? {} : { resourceType: q.resource_type }),
    ...(q.namespace === undefined ? {} : { namespace: q.namespace }),
  };
}

export function toListClusterRiskAffectResourcesResponse(page: Page<AffectedResource>): Static<typeof ListClusterRiskAffectResourcesResponse> {
  return { total_num: page.total, data_list: page.items.map(toWireAffectedResource) };
}

function toWireAffectedResource(r: AffectedResource): Static<typeof WireAffectedResource> {
  return {
    resource_id: r.resourceId, resource_name: r.resourceName, resource_type: r.resourceType, namespace: r.namespace,
    cluster_id: r.clusterId, hit_rule: r.hitRule, hit_path_list: [...r.hitPaths], first_scan_time: r.firstScanAt, last_scan_time: r.lastScanAt,
  };
}
