import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import { dialectOf } from '../dialect-of.js';

/**
 * Tasks, work units, uploaded files, IaC results, clusters (owned by storage).
 * Times are epoch-ms integers (BIGINT on PostgreSQL). Written as plain DDL so both
 * dialects get exactly the indexes the list queries were tuned for.
 */
export const coreMigration: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before any typed store exists
  async up(db: Kysely<any>) {
    const pg = dialectOf(db) === 'postgres';
    const int = pg ? 'BIGINT' : 'INTEGER';
    const blob = pg ? 'BYTEA' : 'BLOB';
    const statements = [
      `CREATE TABLE tasks (
        id TEXT NOT NULL PRIMARY KEY,
        project_id TEXT NOT NULL,
        ep_id TEXT NOT NULL,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        name_fold TEXT NOT NULL,
        trigger_type TEXT NOT NULL,
        status TEXT NOT NULL,
        created_at ${int} NOT NULL,
        started_at ${int},
        finished_at ${int},
        file_type TEXT NOT NULL DEFAULT '',
        scan_mask INTEGER NOT NULL DEFAULT 0,
        scan_types TEXT NOT NULL DEFAULT '',
        range_type TEXT NOT NULL DEFAULT '',
        resource_total INTEGER NOT NULL,
        resource_success INTEGER NOT NULL DEFAULT 0,
        resource_failed INTEGER NOT NULL DEFAULT 0,
        units_total INTEGER NOT NULL,
        units_done INTEGER NOT NULL DEFAULT 0
      )`,
      // Page order is (created_at, id); the trailing columns make the index covering for
      // every cheap filter, so skipping 100,000 rows never touches the table.
      `CREATE INDEX tasks_by_project_time ON tasks (project_id, type, created_at, id, ep_id, status, trigger_type, file_type, scan_mask, name_fold)`,
      `CREATE INDEX tasks_by_ep_time ON tasks (project_id, ep_id, type, created_at, id, status, trigger_type, file_type, scan_mask, name_fold)`,
      `CREATE INDEX tasks_by_ep_status ON tasks (project_id, ep_id, type, status, created_at, id)`,
      `CREATE INDEX tasks_by_ep_trigger ON tasks (project_id, ep_id, type, trigger_type, created_at, id)`,
      // Totals without a time/name/id filter come from here (kept in the same transactions
      // as the task rows), so total_num never needs a count over a million rows.
      `CREATE TABLE task_counts (
        project_id TEXT NOT NULL,
        ep_id TEXT NOT NULL,
        type TEXT NOT NULL,
        status TEXT NOT NULL,
        trigger_type TEXT NOT NULL,
        file_type TEXT NOT NULL,
        scan_mask INTEGER NOT NULL,
        n ${int} NOT NULL,
        last_created_at ${int} NOT NULL,
        PRIMARY KEY (project_id, ep_id, type, status, trigger_type, file_type, scan_mask)
      )`,
      // The same counts per UTC day: a deep OFFSET is turned into "skip whole days, then a
      // short offset inside one day" instead of walking 100,000 index entries.
      `CREATE TABLE task_day_counts (
        project_id TEXT NOT NULL,
        type TEXT NOT NULL,
        day INTEGER NOT NULL,
        ep_id TEXT NOT NULL,
        status TEXT NOT NULL,
        trigger_type TEXT NOT NULL,
        file_type TEXT NOT NULL,
        scan_mask INTEGER NOT NULL,
        n ${int} NOT NULL,
        PRIMARY KEY (project_id, type, day, ep_id, status, trigger_type, file_type, scan_mask)
      )`,
      // Day totals without the filter columns: the unfiltered deep page reads 365 rows a
      // year instead of aggregating every filter combination. Status changes keep them.
      `CREATE TABLE task_day_totals (
        project_id TEXT NOT NULL,
        type TEXT NOT NULL,
        day INTEGER NOT NULL,
        ep_id TEXT NOT NULL,
        n ${int} NOT NULL,
        PRIMARY KEY (project_id, type, day, ep_id)
      )`,
      `CREATE TABLE task_resources (
        task_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        resource_id TEXT NOT NULL,
        name TEXT NOT NULL,
        name_fold TEXT NOT NULL,
        file_type TEXT,
        chart_name TEXT,
        size ${int},
        cluster_type TEXT,
        cluster_version TEXT,
        status TEXT NOT NULL,
        failed_reason TEXT,
        started_at ${int},
        finished_at ${int},
        units_total INTEGER NOT NULL,
        units_done INTEGER NOT NULL DEFAULT 0,
        units_failed INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (task_id, seq)
      )`,
      `CREATE TABLE work_units (
        id TEXT NOT NULL PRIMARY KEY,
        task_id TEXT NOT NULL,
        resource_seq INTEGER NOT NULL,
        task_type TEXT NOT NULL,
        file_id TEXT,
        cluster_id TEXT,
        scan_type TEXT,
        state TEXT NOT NULL,
        result_status TEXT,
        failed_reason TEXT,
        lease_owner TEXT,
        lease_expires_at ${int},
        attempts INTEGER NOT NULL DEFAULT 0,
        enqueued_at ${int} NOT NULL,
        started_at ${int},
        finished_at ${int}
      )`,
      `CREATE INDEX work_units_queue ON work_units (state, enqueued_at, task_id, resource_seq)`,
      `CREATE INDEX work_units_leases ON work_units (state, lease_expires_at)`,
      `CREATE INDEX work_units_by_task ON work_units (task_id, resource_seq)`,
      `CREATE TABLE uploaded_files (
        id TEXT NOT NULL PRIMARY KEY,
        project_id TEXT NOT NULL,
        ep_id TEXT NOT NULL,
        name TEXT NOT NULL,
        name_fold TEXT NOT NULL,
        file_type TEXT NOT NULL,
        size ${int} NOT NULL,
        content ${blob} NOT NULL,
        uploaded_at ${int} NOT NULL,
        scan_type TEXT NOT NULL,
        cicd_id TEXT,
        cicd_name TEXT,
        risk_count INTEGER NOT NULL DEFAULT 0,
        first_scan_at ${int},
        last_scan_at ${int}
      )`,
      `CREATE INDEX uploaded_files_list ON uploaded_files (project_id, scan_type, uploaded_at, id)`,
      `CREATE TABLE iac_findings (
        file_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        unit_id TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        title TEXT NOT NULL,
        title_fold TEXT NOT NULL,
        severity TEXT NOT NULL,
        category TEXT NOT NULL,
        description TEXT NOT NULL,
        remediation TEXT NOT NULL,
        build_instruction TEXT NOT NULL,
        message TEXT NOT NULL,
        resource_kind TEXT NOT NULL,
        resource_name TEXT NOT NULL,
        namespace TEXT NOT NULL,
        path TEXT NOT NULL,
        start_line INTEGER NOT NULL,
        start_column INTEGER NOT NULL,
        end_line INTEGER NOT NULL,
        end_column INTEGER NOT NULL,
        scanned_at ${int} NOT NULL,
        PRIMARY KEY (file_id, seq)
      )`,
      `CREATE INDEX iac_findings_by_rule ON iac_findings (file_id, rule_id)`,
      `CREATE TABLE clusters (
        id TEXT NOT NULL PRIMARY KEY,
        project_id TEXT NOT NULL,
        ep_id TEXT NOT NULL,
        name TEXT NOT NULL,
        name_fold TEXT NOT NULL,
        type TEXT NOT NULL,
        version TEXT,
        kubeconfig_sealed TEXT,
        context TEXT,
        created_at ${int} NOT NULL,
        updated_at ${int} NOT NULL,
        last_scan_at ${int}
      )`,
      `CREATE INDEX clusters_by_scope ON clusters (project_id, ep_id, created_at)`,
      `CREATE TABLE cluster_results (
        unit_id TEXT NOT NULL PRIMARY KEY,
        task_id TEXT NOT NULL,
        cluster_id TEXT NOT NULL,
        scan_type TEXT NOT NULL,
        payload TEXT NOT NULL,
        created_at ${int} NOT NULL
      )`,
      `CREATE INDEX cluster_results_latest ON cluster_results (cluster_id, scan_type, created_at)`,
      `CREATE TABLE workers (
        id TEXT NOT NULL PRIMARY KEY,
        concurrency INTEGER NOT NULL,
        started_at ${int} NOT NULL,
        heartbeat_at ${int} NOT NULL
      )`,
      `CREATE TABLE unit_durations (
        task_type TEXT NOT NULL PRIMARY KEY,
        samples ${int} NOT NULL,
        total_ms ${int} NOT NULL
      )`,
    ];
    if (pg) {
      statements.push(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    } else {
      // SQLite task rowids are allocated per (project, EP, type): scope id × 2^32 + sequence,
      // so the rows of one scope form one rowid range. The contentless trigram index over
      // the folded name then counts a scope's matches with a rowid range, without reading
      // a single task row. Substrings under three characters cannot use trigrams and scan.
      statements.push(
        `CREATE TABLE task_scopes (
          id INTEGER PRIMARY KEY,
          project_id TEXT NOT NULL,
          ep_id TEXT NOT NULL,
          type TEXT NOT NULL,
          next_seq INTEGER NOT NULL,
          UNIQUE (project_id, type, ep_id)
        )`,
        `CREATE VIRTUAL TABLE tasks_name_fts USING fts5(name_fold, content='', contentless_delete=1, tokenize='trigram case_sensitive 1')`,
        `CREATE TRIGGER tasks_name_fts_insert AFTER INSERT ON tasks BEGIN INSERT INTO tasks_name_fts (rowid, name_fold) VALUES (new.rowid, new.name_fold); END`,
        `CREATE TRIGGER tasks_name_fts_delete AFTER DELETE ON tasks BEGIN DELETE FROM tasks_name_fts WHERE rowid = old.rowid; END`,
      );
    }
    for (const statement of statements) await sql.raw(statement).execute(db);
    if (pg) {
      // The operator class lives wherever the extension was installed (maybe not our schema).
      const found = await sql<{ schema: string }>`SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'`.execute(db);
      const schema = found.rows[0]?.schema ?? 'public';
      await sql.raw(`CREATE INDEX tasks_name_trgm ON tasks USING gin (name_fold "${schema.replace(/"/g, '""')}".gin_trgm_ops)`).execute(db);
    }
  },
};
