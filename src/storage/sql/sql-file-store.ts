import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Page, PageRequest } from '../../domain/page.js';
import type { Severity } from '../../domain/severity.js';
import type { UploadedFile } from '../../domain/task.js';
import type { DataScope, FileStore, IacFileFilter, NewUploadedFile, RiskFilter, RiskPathFilter, StoredIacFileRow, StoredRisk, StoredRiskPath } from '../ports.js';
import type { CoreTables } from './core-tables.js';
import { toStoredIacFileRow, toStoredRisk, toStoredRiskPath, toUploadedFile } from './file-rows.js';
import { readBytes, readInt } from './row-readers.js';
import type { SqlDialectName } from './sql-database.js';
import { containsFolded, foldText } from './text-match.js';
import { inWriteTransaction } from './write-transaction.js';

export class SqlFileStore implements FileStore {
  constructor(
    private readonly db: Kysely<CoreTables>,
    private readonly dialect: SqlDialectName,
  ) {}

  async insertFiles(files: readonly NewUploadedFile[]): Promise<void> {
    if (files.length === 0) return;
    await inWriteTransaction(this.db, this.dialect, async (trx) => {
      for (const f of files) {
        await trx.insertInto('uploaded_files').values({
          id: f.id, project_id: f.projectId, ep_id: f.enterpriseProjectId, name: f.name, name_fold: foldText(f.name),
          file_type: f.fileType, size: f.size, content: Buffer.from(f.content.buffer, f.content.byteOffset, f.content.byteLength),
          uploaded_at: f.uploadedAt, scan_type: f.scanType, cicd_id: f.cicdId ?? null, cicd_name: f.cicdName ?? null,
          first_scan_at: null, last_scan_at: null,
        }).execute();
      }
    });
  }

  async getFiles(scope: DataScope, ids: readonly string[]): Promise<UploadedFile[]> {
    if (ids.length === 0 || (scope.eps !== '*' && scope.eps.length === 0)) return [];
    const rows = await this.db
      .selectFrom('uploaded_files')
      .select(['id', 'project_id', 'ep_id', 'name', 'file_type', 'size', 'uploaded_at', 'scan_type', 'cicd_id', 'cicd_name'])
      .where('id', 'in', [...new Set(ids)])
      .where('project_id', '=', scope.projectId)
      .$if(scope.eps !== '*', (q) => q.where('ep_id', 'in', scope.eps as readonly string[]))
      .execute();
    return rows.map((r) => toUploadedFile(r as unknown as Record<string, unknown>));
  }

  async getFileContent(fileId: string): Promise<{ file: UploadedFile; content: Uint8Array } | undefined> {
    const row = await this.db.selectFrom('uploaded_files').selectAll().where('id', '=', fileId).executeTakeFirst();
    if (row === undefined) return undefined;
    const r = row as unknown as Record<string, unknown>;
    return { file: toUploadedFile(r), content: readBytes(r, 'content') };
  }

  async listFiles(scope: DataScope, f: IacFileFilter, page: PageRequest): Promise<Page<StoredIacFileRow>> {
    if (scope.eps !== '*' && scope.eps.length === 0) return { total: 0, items: [] };
    const q = this.db
      .selectFrom('uploaded_files')
      .where('project_id', '=', scope.projectId)
      .where('scan_type', '=', f.scanType)
      .$if(scope.eps !== '*', (b) => b.where('ep_id', 'in', scope.eps as readonly string[]))
      .$if(f.fileId !== undefined, (b) => b.where('id', '=', f.fileId!))
      .$if(f.fileName !== undefined && f.fileName !== '', (b) => b.where(containsFolded('name_fold', f.fileName!, this.dialect)))
      .$if(f.fileType !== undefined, (b) => b.where('file_type', '=', f.fileType!))
      .$if(f.risky !== undefined, (b) => b.where('risk_count', f.risky ? '>' : '=', 0))
      .$if(f.cicdId !== undefined, (b) => b.where('cicd_id', '=', f.cicdId!))
      .$if(f.cicdName !== undefined, (b) => b.where('cicd_name', '=', f.cicdName!));
    const [rows, count] = await Promise.all([
      q.select(['id', 'project_id', 'ep_id', 'name', 'file_type', 'size', 'uploaded_at', 'scan_type', 'cicd_id', 'cicd_name', 'risk_count', 'first_scan_at', 'last_scan_at'])
        .orderBy('uploaded_at', 'desc').orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute(),
      q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
    ]);
    return { total: readInt(count as Record<string, unknown>, 'n'), items: rows.map((r) => toStoredIacFileRow(r as unknown as Record<string, unknown>)) };
  }

  async listRisks(fileId: string, f: RiskFilter, page: PageRequest): Promise<Page<StoredRisk>> {
    if (f.severities !== undefined && f.severities.length === 0) return { total: 0, items: [] };
    const grouped = this.db
      .selectFrom('iac_findings')
      .where('file_id', '=', fileId)
      .$if(f.titleContains !== undefined && f.titleContains !== '', (b) => b.where(containsFolded('title_fold', f.titleContains!, this.dialect)))
      .$if(f.severities !== undefined, (b) => b.where('severity', 'in', f.severities as readonly Severity[]))
      .$if(f.category !== undefined, (b) => b.where('category', '=', f.category!))
      .groupBy('rule_id')
      .select([
        'rule_id',
        sql<string>`min(title)`.as('title'), sql<string>`min(severity)`.as('severity'), sql<string>`min(category)`.as('category'),
        sql<string>`min(description)`.as('description'), sql<string>`min(remediation)`.as('remediation'),
        sql<string>`min(build_instruction)`.as('build_instruction'),
        sql<number>`count(*)`.as('occurrences'), sql<number>`max(scanned_at)`.as('scanned_at'),
      ]);
    const [rows, count] = await Promise.all([
      grouped.orderBy('rule_id').limit(page.limit).offset(page.offset).execute(),
      this.db.selectFrom(grouped.as('g')).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
    ]);
    return { total: readInt(count as Record<string, unknown>, 'n'), items: rows.map((r) => toStoredRisk(r as unknown as Record<string, unknown>)) };
  }

  async listRiskPaths(fileId: string, f: RiskPathFilter, page: PageRequest): Promise<Page<StoredRiskPath>> {
    const q = this.db
      .selectFrom('iac_findings')
      .where('file_id', '=', fileId)
      .where('rule_id', '=', f.ruleId)
      .$if(f.resourceName !== undefined, (b) => b.where('resource_name', '=', f.resourceName!))
      .$if(f.resourceType !== undefined, (b) => b.where('resource_kind', '=', f.resourceType!))
      .$if(f.namespace !== undefined, (b) => b.where('namespace', '=', f.namespace!));
    const [rows, count] = await Promise.all([
      q.selectAll().orderBy('seq').limit(page.limit).offset(page.offset).execute(),
      q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
    ]);
    return { total: readInt(count as Record<string, unknown>, 'n'), items: rows.map((r) => toStoredRiskPath(r as unknown as Record<string, unknown>)) };
  }
}

