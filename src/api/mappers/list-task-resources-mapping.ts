import type { Static } from '@sinclair/typebox';
import type { ClusterTaskResource, IacTaskResource } from '../../domain/task.js';
import type { TaskResourceQuery, TaskResources } from '../../tasks/use-cases.js';
import type { ListTaskResourcesBody, ListTaskResourcesResponse } from '../operations/list-task-resources.js';

type Response = Static<typeof ListTaskResourcesResponse>;

/** ListTaskResources body → query; only the filter branch of the requested task_type is kept. */
export function toTaskResourceQuery(body: Static<typeof ListTaskResourcesBody>): TaskResourceQuery {
  if (body.task_type === 'cluster_scan') {
    const c = body.cluster_scan_info ?? {};
    return {
      taskType: 'cluster_scan',
      cluster: {
        ...(c.scan_status === undefined ? {} : { scanStatus: c.scan_status }),
        ...(c.cluster_name === undefined || c.cluster_name === '' ? {} : { clusterName: c.cluster_name }),
        ...(c.cluster_id === undefined ? {} : { clusterId: c.cluster_id }),
        ...(c.cluster_type === undefined ? {} : { clusterType: c.cluster_type }),
      },
    };
  }
  const f = body.iac_scan_info ?? {};
  return {
    taskType: 'iac_scan',
    iac: {
      ...(f.scan_status === undefined ? {} : { scanStatus: f.scan_status }),
      ...(f.file_name === undefined || f.file_name === '' ? {} : { fileName: f.file_name }),
      ...(f.chart_name === undefined || f.chart_name === '' ? {} : { chartName: f.chart_name }),
    },
  };
}

export function toListTaskResourcesResponse(result: TaskResources): Response {
  if (result.kind === 'cluster') {
    return { total_num: result.page.total, cluster_scan_data_list: result.page.items.map(toClusterScanData) };
  }
  return { total_num: result.page.total, iac_scan_data_list: result.page.items.map(toIacScanData) };
}

function toClusterScanData(r: ClusterTaskResource): NonNullable<Response['cluster_scan_data_list']>[number] {
  return {
    cluster_name: r.clusterName,
    cluster_id: r.clusterId,
    cluster_type: r.clusterType,
    ...optional('cluster_version', r.clusterVersion),
    scan_status: r.status,
    ...optional('start_time', r.startedAt),
    ...optional('end_time', r.finishedAt),
    scan_detail_list: r.items.map((i) => ({ scan_type: i.scanType, status: i.status, ...optional('failed_reason', i.failedReason) })),
  };
}

function toIacScanData(r: IacTaskResource): NonNullable<Response['iac_scan_data_list']>[number] {
  return {
    file_name: r.fileName,
    file_type: r.fileType,
    ...optional('chart_name', r.chartName),
    file_id: r.fileId,
    file_size: r.fileSize,
    scan_status: r.status,
    ...optional('failed_reason', r.failedReason),
    ...optional('start_time', r.startedAt),
    ...optional('end_time', r.finishedAt),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
