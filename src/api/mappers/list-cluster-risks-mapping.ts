import type { Static } from '@sinclair/typebox';
import type { Page } from '../../domain/page.js';
import type { ClusterRisk, ClusterRiskQuery } from '../../tasks/cluster/cluster-use-cases.js';
import type { ListClusterRisksQuery, ListClusterRisksResponse, WireClusterRisk } from '../operations/list-cluster-risks.js';

export function toClusterRiskQuery(q: Static<typeof ListClusterRisksQuery>): ClusterRiskQuery {
  return {
    ...(q.risk_type === undefined ? {} : { riskType: q.risk_type }),
    ...(q.cluster_id === undefined ? {} : { clusterId: q.cluster_id }),
    ...(q.cluster_name === undefined || q.cluster_name === '' ? {} : { clusterName: q.cluster_name }),
    ...(q.risk_name === undefined || q.risk_name === '' ? {} : { riskName: q.risk_name }),
    ...(q.risk_level === undefined ? {} : { riskLevel: q.risk_level }),
    ...(q.risk_category === undefined ? {} : { riskCategory: q.risk_category }),
  };
}

export function toListClusterRisksResponse(page: Page<ClusterRisk>): Static<typeof ListClusterRisksResponse> {
  return { total_num: page.total, data_list: page.items.map(toWireClusterRisk) };
}

function toWireClusterRisk(r: ClusterRisk): Static<typeof WireClusterRisk> {
  return {
    risk_id: r.riskId, risk_type: r.riskType, risk_name: r.riskName, cluster_id: r.clusterId, cluster_name: r.clusterName,
    risk_level: r.riskLevel, severity: r.severity, risk_category: r.riskCategory, risk_num: r.riskNum,
    last_scan_time: r.lastScanAt, description: r.description, remediation: r.remediation,
  };
}
