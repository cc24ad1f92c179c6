import { randomUUID } from 'node:crypto';
import { invalidParameter, notFound } from '../../domain/errors.js';
import type { Page, PageRequest } from '../../domain/page.js';
import type { ScanType } from '../../domain/scan-types.js';
import { severityRank, toRiskLevel } from '../../domain/severity.js';
import type { SecretBox } from '../../iam/secret-box.js';
import type { ClusterRecord, DataScope, Storage } from '../../storage/ports.js';
import { resolveReadScope, resolveTargetEp } from '../resolve-ep-scope.js';
import { ClusterResultReader, type LatestClusterItem } from './cluster-result-reader.js';
import type { ClusterConnector } from './cluster-connector.js';
import type { AffectedResource, ClusterDetails, ClusterRisk, ClusterUseCases, ClusterVulnerabilityRow } from './cluster-use-cases.js';
import { isAddOnComponent } from './is-add-on-component.js';
import { kubeconfigContextOf } from './kubeconfig-context-of.js';

export interface ClusterUseCaseDeps {
  readonly storage: Storage;
  readonly secretBox: SecretBox;
  readonly connector: ClusterConnector;
  readonly newId?: () => string;
}

// A kubeconfig with embedded certificates is a few KiB; this only stops abuse.
const MAX_KUBECONFIG_CHARS = 1024 * 1024;

type LatestItem = LatestClusterItem;
type Latest = Partial<Record<ScanType, LatestItem>>;

const fold = (s: string) => s.toLowerCase();

function paginate<T>(rows: readonly T[], page: PageRequest): Page<T> {
  return { total: rows.length, items: rows.slice(page.offset, page.offset + page.limit) };
}

/**
 * Cluster registration and the §4 lists. Lists read the newest stored result of each
 * scan item of each cluster in scope and filter and page in memory: a project holds
 * tens of clusters, not millions, and every result is one JSON row.
 */
export function createClusterUseCases(deps: ClusterUseCaseDeps): ClusterUseCases {
  const { storage } = deps;
  const newId = deps.newId ?? randomUUID;

  const results = new ClusterResultReader(storage.clusters);
  const latestOf = async (clusterId: string, types: readonly ScanType[]): Promise<Latest> => {
    const out: Latest = {};
    for (const t of types) {
      const item = await results.latest(clusterId, t);
      if (item !== undefined) out[t] = item;
    }
    return out;
  };

  /** Clusters in scope, narrowed to one id (unknown or out of scope → HSS.0011). */
  const clustersOf = async (scope: DataScope, clusterId: string | undefined): Promise<ClusterRecord[]> => {
    if (clusterId === undefined) return storage.clusters.listClusters(scope);
    const found = await storage.clusters.getClusters(scope, [clusterId]);
    if (found.length === 0) throw notFound(`cluster ${clusterId}`);
    return found;
  };

  return {
    async registerCluster(call, input) {
      const ep = resolveTargetEp(call.principal, call.epParam);
      if (input.name.trim() === '' || input.name.length > 128) throw invalidParameter('cluster_name', 'must be 1-128 characters');
      if (input.kubeconfig.trim() === '' || input.kubeconfig.length > MAX_KUBECONFIG_CHARS) throw invalidParameter('kubeconfig', `must be 1-${MAX_KUBECONFIG_CHARS} characters`);
      const probed = await deps.connector.probe({ kubeconfig: input.kubeconfig, context: input.context });
      const id = newId();
      await storage.clusters.insertCluster({
        id, projectId: call.principal.projectId, enterpriseProjectId: ep, name: input.name, type: input.type,
        version: probed.version, kubeconfigSealed: deps.secretBox.seal(input.kubeconfig, kubeconfigContextOf(id)),
        context: input.context, createdAt: call.now, lastScanAt: undefined,
      });
      return { clusterId: id };
    },

    async deleteCluster(call, clusterId) {
      const scope = resolveReadScope(call.principal, call.epParam);
      if (!(await storage.clusters.deleteCluster(scope, clusterId))) throw notFound(`cluster ${clusterId}`);
    },

    async listClusterDetails(call, query, page) {
      const scope = resolveReadScope(call.principal, call.epParam);
      const needle = query.clusterName === undefined ? undefined : fold(query.clusterName);
      const clusters = (await storage.clusters.listClusters(scope)).filter((c) => needle === undefined || fold(c.name).includes(needle));
      const lastUpdateTime = clusters.reduce((m, c) => Math.max(m, c.createdAt, c.lastScanAt ?? 0), 0);
      const window = clusters.slice(page.offset, page.offset + page.limit);
      const items: ClusterDetails[] = [];
      for (const c of window) items.push(await detailsOf(c));
      return { total: clusters.length, items, lastUpdateTime };
    },

    async listClusterRisks(call, query, page) {
      const scope = resolveReadScope(call.principal, call.epParam);
      const types: ScanType[] = query.riskType === undefined ? ['risk_assessment', 'benchmark'] : [query.riskType];
      const nameNeedle = query.clusterName === undefined ? undefined : fold(query.clusterName);
      const riskNeedle = query.riskName === undefined ? undefined : fold(query.riskName);
      const rows: ClusterRisk[] = [];
      for (const c of await clustersOf(scope, query.clusterId)) {
        if (nameNeedle !== undefined && !fold(c.name).includes(nameNeedle)) continue;
        const latest = await latestOf(c.id, types);
        for (const t of types) {
          const item = latest[t];
          for (const r of item?.payload.risks ?? []) {
            if (riskNeedle !== undefined && !fold(r.title).includes(riskNeedle)) continue;
            if (query.riskLevel !== undefined && toRiskLevel(r.severity) !== query.riskLevel) continue;
            if (query.riskCategory !== undefined && r.category !== query.riskCategory) continue;
            rows.push({
              riskId: r.id, riskType: t as ClusterRisk['riskType'], riskName: r.title, clusterId: c.id, clusterName: c.name,
              riskLevel: toRiskLevel(r.severity), severity: r.severity, riskCategory: r.category, riskNum: r.resources.length,
              lastScanAt: item!.at, description: r.description, remediation: r.remediation,
            });
          }
        }
      }
      rows.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.clusterName.localeCompare(b.clusterName)
        || a.clusterId.localeCompare(b.clusterId) || a.riskId.localeCompare(b.riskId));
      return paginate(rows, page);
    },

    async listAffectedResources(call, query, page) {
      const scope = resolveReadScope(call.principal, call.epParam);
      const nameNeedle = query.resourceName === undefined ? undefined : fold(query.resourceName);
      const rows: AffectedResource[] = [];
      for (const c of await clustersOf(scope, query.clusterId)) {
        const latest = await latestOf(c.id, ['risk_assessment', 'benchmark']);
        for (const item of [latest.risk_assessment, latest.benchmark]) {
          const risk = item?.payload.risks.find((r) => r.id === query.riskId);
          for (const r of risk?.resources ?? []) {
            if (nameNeedle !== undefined && !fold(r.name).includes(nameNeedle)) continue;
            if (query.resourceType !== undefined && r.kind !== query.resourceType) continue;
            if (query.namespace !== undefined && r.namespace !== query.namespace) continue;
            rows.push({
              resourceId: r.uid, resourceName: r.name, resourceType: r.kind, namespace: r.namespace, hitRule: r.hitRule,
              hitPaths: r.paths, clusterId: c.id, firstScanAt: r.firstSeenAt, lastScanAt: item!.at,
            });
          }
        }
      }
      return paginate(rows, page);
    },

    async listClusterVulnerabilities(call, query, page) {
      const scope = resolveReadScope(call.principal, call.epParam);
      const rows: ClusterVulnerabilityRow[] = [];
      for (const c of await clustersOf(scope, query.clusterId)) {
        const item = (await latestOf(c.id, ['cluster_vul'])).cluster_vul;
        for (const v of item?.payload.vulnerabilities ?? []) {
          if (query.severity !== undefined && v.severity !== query.severity) continue;
          if (query.component !== undefined && v.component !== query.component) continue;
          if (query.cveId !== undefined && v.cveId.toUpperCase() !== query.cveId.toUpperCase()) continue;
          rows.push({ ...v, clusterId: c.id, clusterName: c.name });
        }
      }
      rows.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || (b.cvssScore ?? 0) - (a.cvssScore ?? 0)
        || a.cveId.localeCompare(b.cveId) || a.clusterName.localeCompare(b.clusterName) || a.component.localeCompare(b.component));
      return paginate(rows, page);
    },
  };

  async function detailsOf(c: ClusterRecord): Promise<ClusterDetails> {
    const latest = await latestOf(c.id, ['cluster_vul', 'risk_assessment', 'benchmark']);
    const items = Object.values(latest).filter((x): x is LatestItem => x !== undefined);
    const newest = items.reduce<LatestItem | undefined>((m, x) => (m === undefined || x.at > m.at ? x : m), undefined);
    const lastUnit = storage.clusters.latestClusterUnit === undefined ? undefined : await storage.clusters.latestClusterUnit(c.id);
    const vulns = latest.cluster_vul?.payload.vulnerabilities ?? [];
    return {
      id: c.id, name: c.name, type: c.type,
      status: lastUnit?.status === 'failed' ? 'Unavailable' : 'Available',
      version: newest?.payload.clusterVersion ?? c.version,
      totalNodes: newest?.payload.nodes.total ?? 0,
      activeNodes: newest?.payload.nodes.ready ?? 0,
      createdAt: c.createdAt,
      lastScanAt: c.lastScanAt,
      sysVulNum: vulns.filter((v) => !isAddOnComponent(v.component)).length,
      appVulNum: vulns.filter((v) => isAddOnComponent(v.component)).length,
      emgVulNum: vulns.filter((v) => v.severity === 'critical').length,
      riskAssessNum: latest.risk_assessment?.payload.risks.length ?? 0,
      secCompNum: latest.benchmark?.payload.risks.length ?? 0,
    };
  }
}

