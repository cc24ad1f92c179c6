import type { Static } from '@sinclair/typebox';
import type { ClusterDetails, ClusterDetailsPage, ClusterDetailsQuery } from '../../tasks/cluster/cluster-use-cases.js';
import type { ListKubernetesClusterDetailsQuery, ListKubernetesClusterDetailsResponse, WireClusterInfo } from '../operations/list-kubernetes-cluster-details.js';

export function toClusterDetailsQuery(query: Static<typeof ListKubernetesClusterDetailsQuery>): ClusterDetailsQuery {
  return query.cluster_name === undefined || query.cluster_name === '' ? {} : { clusterName: query.cluster_name };
}

export function toListKubernetesClusterDetailsResponse(page: ClusterDetailsPage): Static<typeof ListKubernetesClusterDetailsResponse> {
  return { last_update_time: page.lastUpdateTime, total_num: page.total, cluster_info_list: page.items.map(toWireClusterInfo) };
}

// Bulwark reads clusters through their API and installs no agent, so every node counts as
// "agent not installed", as HSS reports clusters without its DaemonSet.
function toWireClusterInfo(c: ClusterDetails): Static<typeof WireClusterInfo> {
  return {
    id: c.id,
    cluster_name: c.name,
    cluster_id: c.id,
    cluster_type: c.type,
    status: c.status,
    version: c.version ?? '',
    total_nodes_number: c.totalNodes,
    active_nodes_number: c.activeNodes,
    creation_timestamp: c.createdAt,
    agent_installed_num: 0,
    agent_install_failed_num: 0,
    agent_not_install_num: c.totalNodes,
    agent_ds_install_status: 'NotInstall',
    ...(c.lastScanAt === undefined ? {} : { last_scan_time: c.lastScanAt }),
    sys_vul_num: c.sysVulNum,
    app_vul_num: c.appVulNum,
    emg_vul_num: c.emgVulNum,
    risk_assess_num: c.riskAssessNum,
    sec_comp_num: c.secCompNum,
  };
}
