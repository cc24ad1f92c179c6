import type { FileType, ScanType } from '../../domain/scan-types.js';
import { CLUSTER_TYPES, FILE_TYPES, RANGE_TYPES, RESOURCE_STATUSES, SCAN_TYPES, TASK_STATUSES, TASK_TYPES, TRIGGER_TYPES, isOneOf } from '../../domain/scan-types.js';
import { BulwarkError } from '../../domain/errors.js';
import type { ClusterScanItemStatus, ClusterTaskResource, IacTaskResource } from '../../domain/task.js';
import type { TaskRecord } from '../ports.js';
import { readEnum, readInt, readOptionalInt, readOptionalText, readText } from './row-readers.js';

/** Database rows → domain objects for tasks and their resources. */
export function toTaskRecord(row: Record<string, unknown>): TaskRecord {
  const type = readEnum(row, 'type', TASK_TYPES);
  const total = readInt(row, 'resource_total');
  const success = readInt(row, 'resource_success');
  const failed = readInt(row, 'resource_failed');
  const counters = { scanning: Math.max(0, total - success - failed), success, failed };
  const base = {
    id: readText(row, 'id'),
    projectId: readText(row, 'project_id'),
    enterpriseProjectId: readText(row, 'ep_id'),
    type,
    name: readText(row, 'name'),
    triggerType: readEnum(row, 'trigger_type', TRIGGER_TYPES),
    status: readEnum(row, 'status', TASK_STATUSES),
    createdAt: readInt(row, 'created_at'),
    finishedAt: readOptionalInt(row, 'finished_at'),
    remainingUnits: Math.max(0, readInt(row, 'units_total') - readInt(row, 'units_done')),
  };
  if (type === 'cluster_scan') {
    return { ...base, cluster: { scanTypes: readScanTypes(row), rangeType: readEnum(row, 'range_type', RANGE_TYPES), counters } };
  }
  return { ...base, iac: { fileType: readEnum(row, 'file_type', FILE_TYPES), fileCount: total, counters } };
}

export function readScanTypes(row: Record<string, unknown>): ScanType[] {
  const raw = readText(row, 'scan_types');
  if (raw === '') return [];
  return raw.split(',').map((t) => {
    if (!isOneOf(SCAN_TYPES, t)) throw new BulwarkError('internal', `unexpected scan type in column scan_types: ${t}`);
    return t;
  });
}

export function toIacResource(row: Record<string, unknown>): IacTaskResource {
  return {
    fileId: readText(row, 'resource_id'),
    fileName: readText(row, 'name'),
    fileType: readEnum(row, 'file_type', FILE_TYPES) satisfies FileType,
    chartName: readOptionalText(row, 'chart_name'),
    fileSize: readOptionalInt(row, 'size') ?? 0,
    status: readEnum(row, 'status', RESOURCE_STATUSES),
    failedReason: readOptionalText(row, 'failed_reason'),
    startedAt: readOptionalInt(row, 'started_at'),
    finishedAt: readOptionalInt(row, 'finished_at'),
  };
}

export function toClusterResource(row: Record<string, unknown>, items: readonly ClusterScanItemStatus[]): ClusterTaskResource {
  return {
    clusterId: readText(row, 'resource_id'),
    clusterName: readText(row, 'name'),
    clusterType: readEnum(row, 'cluster_type', CLUSTER_TYPES),
    clusterVersion: readOptionalText(row, 'cluster_version'),
    status: readEnum(row, 'status', RESOURCE_STATUSES),
    startedAt: readOptionalInt(row, 'started_at'),
    finishedAt: readOptionalInt(row, 'finished_at'),
    items,
  };
}
