/** Enumerations of the HSS task API (hss-api.md §2); membership is exact. */
export const TASK_TYPES = ['cluster_scan', 'iac_scan'] as const;
export type TaskType = (typeof TASK_TYPES)[number];

export const TRIGGER_TYPES = ['manual', 'schedule'] as const;
export type TriggerType = (typeof TRIGGER_TYPES)[number];

export const TASK_STATUSES = ['ready', 'running', 'finished'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const SCAN_TYPES = ['cluster_vul', 'risk_assessment', 'benchmark'] as const;
export type ScanType = (typeof SCAN_TYPES)[number];

export const RANGE_TYPES = ['all_cluster', 'specific_cluster'] as const;
export type RangeType = (typeof RANGE_TYPES)[number];

export const RESOURCE_STATUSES = ['scanning', 'success', 'failed'] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];

export const FILE_TYPES = ['dockerfile', 'k8s_yaml'] as const;
export type FileType = (typeof FILE_TYPES)[number];

export const CLUSTER_TYPES = ['cce', 'ali', 'tencent', 'azure', 'aws', 'self_built_hw', 'self_built_idc'] as const;
export type ClusterType = (typeof CLUSTER_TYPES)[number];

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
