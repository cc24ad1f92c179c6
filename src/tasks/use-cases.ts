import type { Page, PageRequest } from '../domain/page.js';
import type { Principal } from '../domain/principal.js';
import type { FileType, RangeType, ResourceStatus, ScanType, TaskStatus, TaskType, TriggerType } from '../domain/scan-types.js';
import type { RiskCategory, RiskLevel, Severity } from '../domain/severity.js';
import type { ClusterTaskResource, IacTaskResource, Task, UploadedFile } from '../domain/task.js';
import type { ClusterUseCases } from './cluster/cluster-use-cases.js';

/**
 * What the API and the CLI call: the use cases of the task subsystem, in domain types.
 * The API layer validates wire shapes (types, enums, ranges); these validate meaning
 * (ids exist in the caller's scope, file types agree, EPs are granted) and throw
 * BulwarkError with the codes of domain/errors.ts.
 *
 * `epParam` is the raw `enterprise_project_id` query value: an EP id, or
 * `all_granted_eps`. Objects outside the caller's project or EP scope behave exactly
 * like missing ones.
 */
export interface CallScope {
  readonly principal: Principal;
  readonly epParam: string;
  /** Injected clock (epoch ms) so tests are deterministic. */
  readonly now: number;
}

export interface CreateTaskInput {
  readonly taskType: TaskType;
  readonly taskName?: string;
  readonly cluster?: { readonly scanTypes: readonly ScanType[]; readonly rangeType: RangeType; readonly clusterIds?: readonly string[] };
  readonly iac?: { readonly fileType: FileType; readonly fileIds: readonly string[] };
}

export interface TaskQuery {
  readonly taskType: TaskType;
  readonly taskId?: string;
  /** Case-insensitive substring; `%`, `_` and `\` are literal. */
  readonly taskName?: string;
  readonly startCreateTime?: number;
  readonly endCreateTime?: number;
  readonly triggerType?: TriggerType;
  readonly taskStatus?: TaskStatus;
  readonly sortDir: 'asc' | 'desc';
  /** Tasks whose scan items include all of these (cluster_scan only). */
  readonly scanTypes?: readonly ScanType[];
  readonly fileType?: FileType;
}

export interface TaskResourceQuery {
  readonly taskType: TaskType;
  readonly cluster?: { readonly scanStatus?: ResourceStatus; readonly clusterName?: string; readonly clusterId?: string; readonly clusterType?: string };
  readonly iac?: { readonly scanStatus?: ResourceStatus; readonly fileName?: string; readonly chartName?: string };
}

export type TaskResources =
  | { readonly kind: 'iac'; readonly page: Page<IacTaskResource> }
  | { readonly kind: 'cluster'; readonly page: Page<ClusterTaskResource> };

export interface TaskStatistics {
  readonly total: number;
  readonly running: number;
  readonly lastCreatedAt: number | undefined;
}

export interface UploadInputFile {
  readonly name: string;
  readonly content: Uint8Array;
}

export interface UploadResult {
  readonly succeeded: ReadonlyArray<{ readonly name: string; readonly fileId: string }>;
  readonly failed: ReadonlyArray<{ readonly name: string; readonly reason: string }>;
}

export interface IacFileQuery {
  readonly scanType: 'manual_scan' | 'cicd_scan';
  readonly fileId?: string;
  readonly fileName?: string;
  readonly fileType?: FileType;
  readonly risky?: boolean;
  readonly cicdId?: string;
  readonly cicdName?: string;
}

export interface IacFileRow extends UploadedFile {
  readonly risky: boolean;
  readonly riskCount: number;
  readonly firstScanAt: number | undefined;
  readonly lastScanAt: number | undefined;
}

export interface IacFileRiskQuery {
  readonly fileId: string;
  readonly riskName?: string;
  readonly riskLevel?: RiskLevel;
  readonly riskCategory?: RiskCategory;
}

export interface IacFileRisk {
  /** Stable per file + rule. */
  readonly riskId: string;
  readonly ruleId: string;
  readonly riskName: string;
  readonly riskLevel: RiskLevel;
  readonly severity: Severity;
  readonly riskCategory: RiskCategory;
  readonly occurrences: number;
  readonly lastScanAt: number;
  readonly description: string;
  readonly remediation: string;
  /** Dockerfile: the offending instruction text; empty for Kubernetes files. */
  readonly buildInstruction: string;
}

export interface IacRiskPathQuery {
  readonly fileId: string;
  readonly ruleId: string;
  readonly resourceName?: string;
  readonly resourceType?: string;
  readonly namespace?: string;
}

export interface IacRiskPath {
  readonly resourceName: string;
  readonly resourceType: string;
  readonly namespace: string;
  readonly hitRule: string;
  readonly hitPath: string;
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface TaskUseCases {
  createTask(scope: CallScope, input: CreateTaskInput): Promise<{ readonly taskId: string }>;
  listTasks(scope: CallScope, query: TaskQuery, page: PageRequest): Promise<Page<Task>>;
  listTaskResources(scope: CallScope, taskId: string, query: TaskResourceQuery, page: PageRequest): Promise<TaskResources>;
  showTaskStatistics(scope: CallScope, taskType: TaskType): Promise<TaskStatistics>;
  uploadFiles(scope: CallScope, uploadType: FileType, files: readonly UploadInputFile[]): Promise<UploadResult>;
  listIacFiles(scope: CallScope, query: IacFileQuery, page: PageRequest): Promise<Page<IacFileRow>>;
  listIacFileRisks(scope: CallScope, query: IacFileRiskQuery, page: PageRequest): Promise<Page<IacFileRisk>>;
  listIacFileRiskPaths(scope: CallScope, query: IacRiskPathQuery, page: PageRequest): Promise<Page<IacRiskPath>>;
  /** Cluster registration and findings (hss-api.md §4); absent where clusters are not wired. */
  readonly clusters?: ClusterUseCases;
}
