import type { Static } from '@sinclair/typebox';
import type { Page } from '../../domain/page.js';
import type { ClusterVulnerabilityQuery, ClusterVulnerabilityRow } from '../../tasks/cluster/cluster-use-cases.js';
import type {
  ListClusterVulnerabilitiesQuery, ListClusterVulnerabilitiesResponse, WireClusterVulnerability,
} from '../operations/list-cluster-vulnerabilities.js';

export function toClusterVulnerabilityQuery(q: Static<typeof ListClusterVulnerabilitiesQuery>): ClusterVulnerabilityQuery {
  return {
    ...(q.cluster_id === undefined ? {} : { clusterId: q.cluster_id }),
    ...(q.severity === undefined ? {} : { severity: q.severity }),
    ...(q.component === undefined ? {} : { component: q.component }),
    ...(q.cve_id === undefined ? {} : { cveId: q.cve_id }),
  };
}

export function toListClusterVulnerabilitiesResponse(page: Page<ClusterVulnerabilityRow>): Static<typeof ListClusterVulnerabilitiesResponse> {
  return { total_num: page.total, data_list: page.items.map(toWireClusterVulnerability) };
}

function toWireClusterVulnerability(v: ClusterVulnerabilityRow): Static<typeof WireClusterVulnerability> {
  return {
    cve_id: v.cveId, component: v.component, installed_version: v.installedVersion, fixed_versions: [...v.fixedVersions],
    severity: v.severity,
    ...(v.cvssScore === null ? {} : { cvss_score: v.cvssScore }),
    ...(v.cvssVector === null ? {} : { cvss_vector: v.cvssVector }),
    confidence: v.confidence, title: v.title, references: [...v.references],
    cluster_id: v.clusterId, cluster_name: v.clusterName, affected_nodes: [...v.affectedNodes],
  };
}
