import type { ColumnType, Generated } from 'kysely';

/**
 * Row shapes of the core tables (migrations/0001-core.ts) as Kysely sees them. Values
 * read back are still checked by the row mappers before they become domain objects.
 */
export interface TasksTable {
  /** SQLite only: scope-ranged rowid (see task-scopes.ts); never given on PostgreSQL. */
  rowid: ColumnType<number, number | undefined, never>;
  id: string;
  project_id: string;
  ep_id: string;
  type: string;
  name: string;
  name_fold: string;
  trigger_type: string;
  status: string;
  created_at: number;
  started_at: number | null;
  finished_at: number | null;
  file_type: string;
  scan_mask: number;
  scan_types: string;
  range_type: string;
  resource_total: number;
  resource_success: Generated<number>;
  resource_failed: Generated<number>;
  units_total: number;
  units_done: Generated<number>;
}

export interface TaskCountsTable {
  project_id: string;
  ep_id: string;
  type: string;
  status: string;
  trigger_type: string;
  file_type: string;
  scan_mask: number;
  n: number;
  last_created_at: number;
}

export interface TaskDayCountsTable {
  project_id: string;
  type: string;
  day: number;
  ep_id: string;
  status: string;
  trigger_type: string;
  file_type: string;
  scan_mask: number;
  n: number;
}

export interface TaskDayTotalsTable {
  project_id: string;
  type: string;
  day: number;
  ep_id: string;
  n: number;
}

export interface TaskResourcesTable {
  task_id: string;
  seq: number;
  resource_id: string;
  name: string;
  name_fold: string;
  file_type: string | null;
  chart_name: string | null;
  size: number | null;
  cluster_type: string | null;
  cluster_version: string | null;
  status: string;
  failed_reason: string | null;
  started_at: number | null;
  finished_at: number | null;
  units_total: number;
  units_done: Generated<number>;
  units_failed: Generated<number>;
}

export interface WorkUnitsTable {
  id: string;
  task_id: string;
  resource_seq: number;
  task_type: string;
  file_id: string | null;
  cluster_id: string | null;
  scan_type: string | null;
  state: string;
  result_status: string | null;
  failed_reason: string | null;
  lease_owner: string | null;
  lease_expires_at: number | null;
  attempts: Generated<number>;
  enqueued_at: number;
  started_at: number | null;
  finished_at: number | null;
}

export interface UploadedFilesTable {
  id: string;
  project_id: string;
  ep_id: string;
  name: string;
  name_fold: string;
  file_type: string;
  size: number;
  content: Uint8Array;
  uploaded_at: number;
  scan_type: string;
  cicd_id: string | null;
  cicd_name: string | null;
  risk_count: Generated<number>;
  first_scan_at: number | null;
  last_scan_at: number | null;
}

export interface IacFindingsTable {
  file_id: string;
  seq: number;
  unit_id: string;
  rule_id: string;
  title: string;
  title_fold: string;
  severity: string;
  category: string;
  description: string;
  remediation: string;
  build_instruction: string;
  message: string;
  resource_kind: string;
  resource_name: string;
  namespace: string;
  path: string;
  start_line: number;
  start_column: number;
  end_line: number;
  end_column: number;
  scanned_at: number;
}

export interface ClustersTable {
  id: string;
  project_id: string;
  ep_id: string;
  name: string;
  name_fold: string;
  type: string;
  version: string | null;
  kubeconfig_sealed: string | null;
  context: string | null;
  created_at: number;
  updated_at: number;
  last_scan_at: number | null;
}

export interface ClusterResultsTable {
  unit_id: string;
  task_id: string;
  cluster_id: string;
  scan_type: string;
  payload: string;
  created_at: number;
}

export interface WorkersTable {
  id: string;
  concurrency: number;
  started_at: number;
  heartbeat_at: number;
}

export interface UnitDurationsTable {
  task_type: string;
  samples: number;
  total_ms: number;
}

export interface TaskScopesTable {
  id: Generated<number>;
  project_id: string;
  ep_id: string;
  type: string;
  next_seq: number;
}

/** SQLite: tasks per scope whose folded name contains a 1- or 2-character gram (name-grams.ts). */
export interface TaskNameGramsTable {
  scope_id: number;
  gram: string;
  n: number;
}

/** SQLite: the filter columns of each task by rowid (migration 0006, kept by triggers). */
export interface TaskFacetsTable {
  rowid: number;
  created_at: number;
  status: string;
  trigger_type: string;
  file_type: string;
  scan_mask: number;
}

export interface CoreTables {
  task_scopes: TaskScopesTable;
  task_facets: TaskFacetsTable;
  task_name_grams: TaskNameGramsTable;
  tasks: TasksTable;
  task_counts: TaskCountsTable;
  task_day_counts: TaskDayCountsTable;
  task_day_totals: TaskDayTotalsTable;
  task_resources: TaskResourcesTable;
  work_units: WorkUnitsTable;
  uploaded_files: UploadedFilesTable;
  iac_findings: IacFindingsTable;
  clusters: ClustersTable;
  cluster_results: ClusterResultsTable;
  workers: WorkersTable;
  unit_durations: UnitDurationsTable;
}
