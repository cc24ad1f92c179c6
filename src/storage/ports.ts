import type { Page, PageRequest } from '../domain/page.js';
import type { ClusterType, FileType, RangeType, ResourceStatus, ScanType, TaskStatus, TaskType, TriggerType } from '../domain/scan-types.js';
import type { RiskCategory, Severity } from '../domain/severity.js';
import type { ClusterTaskResource, IacTaskResource, Task, UploadedFile } from '../domain/task.js';

/**
 * Storage ports, in domain types. One Kysely implementation (sql/) serves SQLite and
 * PostgreSQL; storage-contract.ts is the suite both must pass. Every read takes a
 * `DataScope`: rows outside it are invisible, exactly like missing ones.
 */
export interface DataScope {
  readonly projectId: string;
  /** `'*'` = every enterprise project of the project. */
  readonly eps: '*' | readonly string[];
}

/** A task as stored; the estimate is computed by the use cases from `remainingUnits`. */
export type TaskRecord = Omit<Task, 'estimatedMinutes'> & { readonly remainingUnits: number };

export interface NewTaskResource {
  readonly resourceId: string;
  readonly name: string;
  readonly fileType?: FileType;
  readonly chartName?: string;
  readonly size?: number;
  readonly clusterType?: ClusterType;
  readonly clusterVersion?: string;
}

export interface NewTask {
  readonly id: string;
  readonly projectId: string;
  readonly enterpriseProjectId: string;
  readonly type: TaskType;
  readonly name: string;
  readonly triggerType: TriggerType;
  readonly createdAt: number;
  readonly cluster?: { readonly scanTypes: readonly ScanType[]; readonly rangeType: RangeType };
  readonly iac?: { readonly fileType: FileType };
  /** One per file (IaC) or per cluster; each cluster gets one work unit per scan type. */
  readonly resources: readonly NewTaskResource[];
  /**
   * Only for bulk loads (benchmarks, imports): store the task in this state without work
   * units. Normal creation leaves it undefined: `ready`, with work units enqueued.
   */
  readonly preset?: {
    readonly status: TaskStatus; readonly finishedAt?: number; readonly success: number; readonly failed: number;
    /** Resource count when `resources` is left empty to keep a bulk load small. */
    readonly resourceTotal?: number;
  };
}

export interface TaskListFilter {
  readonly type: TaskType;
  readonly taskId?: string;
  readonly taskName?: string;
  readonly createdFrom?: number;
  readonly createdTo?: number;
  readonly triggerType?: TriggerType;
  readonly status?: TaskStatus;
  readonly sortDir: 'asc' | 'desc';
  readonly scanTypes?: readonly ScanType[];
  readonly fileType?: FileType;
}

export interface ResourceFilter {
  readonly status?: ResourceStatus;
  /** Substring, case-insensitive (file or cluster name). */
  readonly name?: string;
  readonly resourceId?: string;
  readonly clusterType?: string;
  readonly chartName?: string;
}

export interface TaskStore {
  /** Stores tasks, their resources and work units atomically (one transaction for the batch). */
  createTasks(tasks: readonly NewTask[]): Promise<void>;
  getTask(scope: DataScope, taskId: string): Promise<TaskRecord | undefined>;
  listTasks(scope: DataScope, filter: TaskListFilter, page: PageRequest): Promise<Page<TaskRecord>>;
  countTasks(scope: DataScope, type: TaskType): Promise<{ total: number; running: number; lastCreatedAt: number | undefined }>;
  listIacResources(taskId: string, filter: ResourceFilter, page: PageRequest): Promise<Page<IacTaskResource>>;
  listClusterResources(taskId: string, filter: ResourceFilter, page: PageRequest): Promise<Page<ClusterTaskResource>>;
}

export interface NewUploadedFile extends UploadedFile {
  readonly content: Uint8Array;
}

export interface StoredIacFileRow extends UploadedFile {
  readonly riskCount: number;
  readonly firstScanAt: number | undefined;
  readonly lastScanAt: number | undefined;
}

export interface IacFileFilter {
  readonly scanType: 'manual_scan' | 'cicd_scan';
  readonly fileId?: string;
  readonly fileName?: string;
  readonly fileType?: FileType;
  readonly risky?: boolean;
  readonly cicdId?: string;
  readonly cicdName?: string;
}

export interface StoredRisk {
  readonly ruleId: string;
  readonly title: string;
  readonly severity: Severity;
  readonly category: RiskCategory;
  readonly occurrences: number;
  readonly lastScanAt: number;
  readonly description: string;
  readonly remediation: string;
  readonly buildInstruction: string;
}

export interface RiskFilter {
  readonly titleContains?: string;
  readonly severities?: readonly Severity[];
  readonly category?: RiskCategory;
}

export interface StoredRiskPath {
  readonly resourceName: string;
  readonly resourceType: string;
  readonly namespace: string;
  readonly message: string;
  readonly path: string;
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface RiskPathFilter {
  readonly ruleId: string;
  readonly resourceName?: string;
  readonly resourceType?: string;
  readonly namespace?: string;
}

export interface FileStore {
  /** All or nothing: one transaction. */
  insertFiles(files: readonly NewUploadedFile[]): Promise<void>;
  getFiles(scope: DataScope, ids: readonly string[]): Promise<UploadedFile[]>;
  getFileContent(fileId: string): Promise<{ readonly file: UploadedFile; readonly content: Uint8Array } | undefined>;
  listFiles(scope: DataScope, filter: IacFileFilter, page: PageRequest): Promise<Page<StoredIacFileRow>>;
  listRisks(fileId: string, filter: RiskFilter, page: PageRequest): Promise<Page<StoredRisk>>;
  listRiskPaths(fileId: string, filter: RiskPathFilter, page: PageRequest): Promise<Page<StoredRiskPath>>;
}

export interface ClusterRecord {
  readonly id: string;
  readonly projectId: string;
  readonly enterpriseProjectId: string;
  readonly name: string;
  readonly type: ClusterType;
  readonly version: string | undefined;
  /** Kubeconfig sealed by the SecretBox (iam); never stored in clear. */
  readonly kubeconfigSealed: string | undefined;
  readonly context: string | undefined;
  readonly createdAt: number;
  readonly lastScanAt: number | undefined;
}

export interface ClusterStore {
  insertCluster(cluster: ClusterRecord): Promise<void>;
  /** Returns false when no such cluster is in scope. */
  deleteCluster(scope: DataScope, clusterId: string): Promise<boolean>;
  getClusters(scope: DataScope, ids: readonly string[]): Promise<ClusterRecord[]>;
  listClusters(scope: DataScope): Promise<ClusterRecord[]>;
  getCluster(clusterId: string): Promise<ClusterRecord | undefined>;
  /** The newest stored result payload of one scan item of a cluster. */
  latestClusterResult(clusterId: string, scanType: ScanType): Promise<{ readonly payload: unknown; readonly createdAt: number } | undefined>;
  /** Which stored result is the newest of one scan item (without reading its payload). */
  latestClusterResultRef?(clusterId: string, scanType: ScanType): Promise<{ readonly unitId: string; readonly createdAt: number } | undefined>;
  /** One stored result by the unit that wrote it; results never change once written. */
  getClusterResult?(unitId: string): Promise<{ readonly payload: unknown; readonly createdAt: number } | undefined>;
  /** How the newest finished unit of a cluster ended (any scan item); undefined before its first. */
  latestClusterUnit?(clusterId: string): Promise<{ readonly status: 'success' | 'failed'; readonly finishedAt: number; readonly failedReason: string | undefined } | undefined>;
}

/** A unit handed to one worker under a lease. */
export interface ClaimedUnit {
  readonly id: string;
  readonly taskId: string;
  readonly taskType: TaskType;
  readonly fileId: string | undefined;
  readonly clusterId: string | undefined;
  readonly scanType: ScanType | undefined;
  readonly attempts: number;
  readonly leaseExpiresAt: number;
}

/** One IaC finding as stored (per file, replacing the file's previous scan). */
export interface StoredFinding {
  readonly ruleId: string;
  readonly title: string;
  readonly severity: Severity;
  readonly category: RiskCategory;
  readonly description: string;
  readonly remediation: string;
  readonly buildInstruction: string;
  readonly message: string;
  readonly resourceKind: string;
  readonly resourceName: string;
  readonly namespace: string;
  readonly path: string;
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface UnitOutcome {
  readonly status: 'success' | 'failed';
  readonly failedReason?: string;
  readonly findings?: readonly StoredFinding[];
  /** Cluster scan item result, stored as JSON. */
  readonly clusterResult?: unknown;
}

export interface EstimateInputs {
  /** Mean measured unit duration per task type (absent until one unit has finished). */
  readonly meanUnitMs: Partial<Record<TaskType, number>>;
  /** Sum of the concurrency of workers seen alive within the lease window. */
  readonly liveConcurrency: number;
}

export interface WorkQueue {
  /** Leases the oldest pending unit to `workerId` until `now + leaseMs`; undefined when none. */
  claim(workerId: string, now: number, leaseMs: number): Promise<ClaimedUnit | undefined>;
  /** Extends the lease; false when the unit is no longer this worker's (reclaimed). */
  heartbeat(unitId: string, workerId: string, now: number, leaseMs: number): Promise<boolean>;
  /**
   * Writes the outcome, findings, counters and task status in one transaction. Only the
   * current lease holder can complete a unit, once; false means the outcome was discarded.
   */
  complete(unitId: string, workerId: string, outcome: UnitOutcome, now: number): Promise<boolean>;
  /** Gives a unit back to the queue (graceful stop) without counting an attempt as done. */
  release(unitId: string, workerId: string): Promise<void>;
  /** Returns units whose lease expired to the queue; how many were reclaimed. */
  reclaimExpired(now: number): Promise<number>;
  registerWorker(workerId: string, concurrency: number, now: number): Promise<void>;
  unregisterWorker(workerId: string): Promise<void>;
  estimateInputs(now: number, liveWindowMs: number): Promise<EstimateInputs>;
  /**
   * Work units by queue state (`pending`, `leased`, `done`), for /metrics. Optional so
   * wrappers written before it keep compiling; the SQL queue implements it.
   */
  countUnitsByStatus?(): Promise<Record<string, number>>;
}

export interface Storage {
  readonly tasks: TaskStore;
  readonly files: FileStore;
  readonly clusters: ClusterStore;
  readonly queue: WorkQueue;
  close(): Promise<void>;
}
