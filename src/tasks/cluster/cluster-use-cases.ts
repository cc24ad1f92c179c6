import type { Page, PageRequest } from '../../domain/page.js';
import type { ClusterType } from '../../domain/scan-types.js';
import type { RiskCategory, RiskLevel, Severity } from '../../domain/severity.js';
import type { CallScope } from '../use-cases.js';
import type { StoredClusterVulnerability } from './cluster-item-payload.js';

export interface RegisterClusterInput {
  readonly name: string;
  readonly type: ClusterType;
  /** Kubeconfig YAML; sealed before it is stored. */
  readonly kubeconfig: string;
  readonly context?: string;
}

export interface ClusterDetailsQuery {
  /** Case-insensitive substring. */
  readonly clusterName?: string;
}

export interface ClusterDetails {
  readonly id: string;
  readonly name: string;
  readonly type: ClusterType;
  /** Unavailable when the newest scan could not read the cluster. */
  readonly status: 'Available' | 'Unavailable';
  readonly version: string | undefined;
  readonly totalNodes: number;
  readonly activeNodes: number;
  readonly createdAt: number;
  readonly lastScanAt: number | undefined;
  /** Kubernetes component CVEs. */
  readonly sysVulNum: number;
  /** Add-on CVEs (ingress-nginx, CoreDNS, etcd, container runtimes, CSI drivers). */
  readonly appVulNum: number;
  /** Critical CVEs. */
  readonly emgVulNum: number;
  readonly riskAssessNum: number;
  /** Failed benchmark recommendations. */
  readonly secCompNum: number;
}

export interface ClusterDetailsPage extends Page<ClusterDetails> {
  /** Newest registration or scan among the clusters in scope; 0 when there are none. */
  readonly lastUpdateTime: number;
}

export type ClusterRiskType = 'risk_assessment' | 'benchmark';

export interface ClusterRiskQuery {
  readonly riskType?: ClusterRiskType;
  readonly clusterId?: string;
  /** Case-insensitive substring. */
  readonly clusterName?: string;
  /** Case-insensitive substring. */
  readonly riskName?: string;
  readonly riskLevel?: RiskLevel;
  readonly riskCategory?: RiskCategory;
}

export interface ClusterRisk {
  readonly riskId: string;
  readonly riskType: ClusterRiskType;
  readonly riskName: string;
  readonly clusterId: string;
  readonly clusterName: string;
  readonly riskLevel: RiskLevel;
  readonly severity: Severity;
  readonly riskCategory: RiskCategory;
  /** Affected resources. */
  readonly riskNum: number;
  readonly lastScanAt: number;
  readonly description: string;
  readonly remediation: string;
}

export interface AffectedResourceQuery {
  readonly riskId: string;
  readonly clusterId?: string;
  /** Case-insensitive substring. */
  readonly resourceName?: string;
  /** Exact kind, e.g. `Deployment`. */
  readonly resourceType?: string;
  readonly namespace?: string;
}

export interface AffectedResource {
  readonly resourceId: string;
  readonly resourceName: string;
  readonly resourceType: string;
  readonly namespace: string;
  readonly hitRule: string;
  readonly hitPaths: readonly string[];
  readonly clusterId: string;
  readonly firstScanAt: number;
  readonly lastScanAt: number;
}

export interface ClusterVulnerabilityQuery {
  readonly clusterId?: string;
  readonly severity?: Severity;
  readonly component?: string;
  readonly cveId?: string;
}

/** A stored vulnerability of one cluster's latest scan, with the cluster it belongs to. */
export interface ClusterVulnerabilityRow extends StoredClusterVulnerability {
  readonly clusterId: string;
  readonly clusterName: string;
}

/** What the API calls for hss-api.md §4; same scoping rules as the task use cases. */
export interface ClusterUseCases {
  registerCluster(scope: CallScope, input: RegisterClusterInput): Promise<{ readonly clusterId: string }>;
  deleteCluster(scope: CallScope, clusterId: string): Promise<void>;
  listClusterDetails(scope: CallScope, query: ClusterDetailsQuery, page: PageRequest): Promise<ClusterDetailsPage>;
  listClusterRisks(scope: CallScope, query: ClusterRiskQuery, page: PageRequest): Promise<Page<ClusterRisk>>;
  listAffectedResources(scope: CallScope, query: AffectedResourceQuery, page: PageRequest): Promise<Page<AffectedResource>>;
  listClusterVulnerabilities(scope: CallScope, query: ClusterVulnerabilityQuery, page: PageRequest): Promise<Page<ClusterVulnerabilityRow>>;
}
