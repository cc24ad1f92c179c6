import type { ClusterType, FileType, RangeType, ResourceStatus, ScanType, TaskStatus, TaskType, TriggerType } from './scan-types.js';

export interface ResourceCounters {
  readonly scanning: number;
  readonly success: number;
  readonly failed: number;
}

/** A task as the API lists it (hss-api.md §2.2). Times are epoch milliseconds. */
export interface Task {
  readonly id: string;
  readonly projectId: string;
  readonly enterpriseProjectId: string;
  readonly type: TaskType;
  readonly name: string;
  readonly triggerType: TriggerType;
  readonly status: TaskStatus;
  /** Creation time; HSS calls it start_time. */
  readonly createdAt: number;
  readonly finishedAt: number | undefined;
  /** Whole minutes left (ceil); 0 once finished. */
  readonly estimatedMinutes: number;
  readonly cluster?: { readonly scanTypes: readonly ScanType[]; readonly rangeType: RangeType; readonly counters: ResourceCounters };
  readonly iac?: { readonly fileType: FileType; readonly fileCount: number; readonly counters: ResourceCounters };
}

export interface IacTaskResource {
  readonly fileId: string;
  readonly fileName: string;
  readonly fileType: FileType;
  readonly chartName: string | undefined;
  readonly fileSize: number;
  readonly status: ResourceStatus;
  readonly failedReason: string | undefined;
  readonly startedAt: number | undefined;
  readonly finishedAt: number | undefined;
}

export interface ClusterScanItemStatus {
  readonly scanType: ScanType;
  readonly status: ResourceStatus;
  readonly failedReason: string | undefined;
}

export interface ClusterTaskResource {
  readonly clusterId: string;
  readonly clusterName: string;
  readonly clusterType: ClusterType;
  readonly clusterVersion: string | undefined;
  readonly status: ResourceStatus;
  readonly startedAt: number | undefined;
  readonly finishedAt: number | undefined;
  readonly items: readonly ClusterScanItemStatus[];
}

export interface UploadedFile {
  readonly id: string;
  readonly projectId: string;
  readonly enterpriseProjectId: string;
  readonly name: string;
  readonly fileType: FileType;
  readonly size: number;
  readonly uploadedAt: number;
  /** `manual_scan` for API uploads. */
  readonly scanType: 'manual_scan' | 'cicd_scan';
  readonly cicdId: string | undefined;
  readonly cicdName: string | undefined;
}
