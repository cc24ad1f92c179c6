import type { Kysely } from 'kysely';
import { CLUSTER_TYPES } from '../../domain/scan-types.js';
import type { ScanType } from '../../domain/scan-types.js';
import { BulwarkError } from '../../domain/errors.js';
import type { ClusterRecord, ClusterStore, DataScope } from '../ports.js';
import type { CoreTables } from './core-tables.js';
import { readEnum, readInt, readOptionalInt, readOptionalText, readText } from './row-readers.js';
import { foldText } from './text-match.js';

export class SqlClusterStore implements ClusterStore {
  constructor(private readonly db: Kysely<CoreTables>) {}

  async insertCluster(c: ClusterRecord): Promise<void> {
    await this.db.insertInto('clusters').values({
      id: c.id, project_id: c.projectId, ep_id: c.enterpriseProjectId, name: c.name, name_fold: foldText(c.name), type: c.type,
      version: c.version ?? null, kubeconfig_sealed: c.kubeconfigSealed ?? null, context: c.context ?? null,
      created_at: c.createdAt, updated_at: c.createdAt, last_scan_at: c.lastScanAt ?? null,
    }).execute();
  }

  async deleteCluster(scope: DataScope, clusterId: string): Promise<boolean> {
    if (scope.eps !== '*' && scope.eps.length === 0) return false;
    const res = await this.db.deleteFrom('clusters')
      .where('id', '=', clusterId).where('project_id', '=', scope.projectId)
      .$if(scope.eps !== '*', (q) => q.where('ep_id', 'in', scope.eps as readonly string[]))
      .executeTakeFirst();
    return Number(res.numDeletedRows) === 1;
  }

  async getClusters(scope: DataScope, ids: readonly string[]): Promise<ClusterRecord[]> {
    if (ids.length === 0) return [];
    return this.list(scope, ids);
  }

  async listClusters(scope: DataScope): Promise<ClusterRecord[]> {
    return this.list(scope, undefined);
  }

  async getCluster(clusterId: string): Promise<ClusterRecord | undefined> {
    const row = await this.db.selectFrom('clusters').selectAll().where('id', '=', clusterId).executeTakeFirst();
    return row === undefined ? undefined : toClusterRecord(row as unknown as Record<string, unknown>);
  }

  async latestClusterResult(clusterId: string, scanType: ScanType): Promise<{ payload: unknown; createdAt: number } | undefined> {
    const row = await this.db.selectFrom('cluster_results').select(['payload', 'created_at'])
      .where('cluster_id', '=', clusterId).where('scan_type', '=', scanType)
      .orderBy('created_at', 'desc').limit(1).executeTakeFirst();
    if (row === undefined) return undefined;
    let payload: unknown;
    try {
      payload = JSON.parse(row.payload) as unknown;
    } catch (err) {
      throw new BulwarkError('internal', `stored cluster result for ${clusterId} is not JSON`, { cause: err });
    }
    return { payload, createdAt: row.created_at };
  }

  async latestClusterResultRef(clusterId: string, scanType: ScanType): Promise<{ unitId: string; createdAt: number } | undefined> {
    const row = await this.db.selectFrom('cluster_results').select(['unit_id', 'created_at'])
      .where('cluster_id', '=', clusterId).where('scan_type', '=', scanType)
      .orderBy('created_at', 'desc').orderBy('unit_id', 'desc').limit(1).executeTakeFirst();
    if (row === undefined) return undefined;
    const r = row as unknown as Record<string, unknown>;
    return { unitId: readText(r, 'unit_id'), createdAt: readInt(r, 'created_at') };
  }

  async getClusterResult(unitId: string): Promise<{ payload: unknown; createdAt: number } | undefined> {
    const row = await this.db.selectFrom('cluster_results').select(['payload', 'created_at']).where('unit_id', '=', unitId).executeTakeFirst();
    if (row === undefined) return undefined;
    let payload: unknown;
    try {
      payload = JSON.parse(row.payload) as unknown;
    } catch (err) {
      throw new BulwarkError('internal', `stored cluster result of unit ${unitId} is not JSON`, { cause: err });
    }
    return { payload, createdAt: readInt(row as unknown as Record<string, unknown>, 'created_at') };
  }

  async latestClusterUnit(clusterId: string): Promise<{ status: 'success' | 'failed'; finishedAt: number; failedReason: string | undefined } | undefined> {
    const row = await this.db.selectFrom('work_units').select(['result_status', 'finished_at', 'failed_reason'])
      .where('cluster_id', '=', clusterId).where('state', '=', 'done').where('finished_at', 'is not', null)
      .orderBy('finished_at', 'desc').limit(1).executeTakeFirst();
    if (row === undefined) return undefined;
    const r = row as unknown as Record<string, unknown>;
    return {
      status: readEnum(r, 'result_status', ['success', 'failed'] as const),
      finishedAt: readInt(r, 'finished_at'),
      failedReason: readOptionalText(r, 'failed_reason'),
    };
  }

  private async list(scope: DataScope, ids: readonly string[] | undefined): Promise<ClusterRecord[]> {
    if (scope.eps !== '*' && scope.eps.length === 0) return [];
    const rows = await this.db.selectFrom('clusters').selectAll()
      .where('project_id', '=', scope.projectId)
      .$if(scope.eps !== '*', (q) => q.where('ep_id', 'in', scope.eps as readonly string[]))
      .$if(ids !== undefined, (q) => q.where('id', 'in', [...new Set(ids)]))
      .orderBy('created_at').orderBy('id')
      .execute();
    return rows.map((r) => toClusterRecord(r as unknown as Record<string, unknown>));
  }
}

function toClusterRecord(row: Record<string, unknown>): ClusterRecord {
  return {
    id: readText(row, 'id'),
    projectId: readText(row, 'project_id'),
    enterpriseProjectId: readText(row, 'ep_id'),
    name: readText(row, 'name'),
    type: readEnum(row, 'type', CLUSTER_TYPES),
    version: readOptionalText(row, 'version'),
    kubeconfigSealed: readOptionalText(row, 'kubeconfig_sealed'),
    context: readOptionalText(row, 'context'),
    createdAt: readInt(row, 'created_at'),
    lastScanAt: readOptionalInt(row, 'last_scan_at'),
  };
}
