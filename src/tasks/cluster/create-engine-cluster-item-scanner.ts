import { BulwarkError } from '../../domain/errors.js';
import type { ResourceRef } from '../../engine/finding.js';
import type { Finding } from '../../engine/finding.js';
import type { ClusterSnapshot } from '../../engine/inputs/cluster-snapshot.js';
import type { ClusterVulnerability } from '../../engine/cluster/vulnerabilities/cluster-vulnerability.js';
import { scanClusterVulnerabilities } from '../../engine/cluster/vulnerabilities/scan-cluster-vulnerabilities.js';
import type { RuleMeta } from '../../engine/rules/define-rule.js';
import type { VulnDb } from '../../engine/vulndb/vuln-db.js';
import type { RiskCategory, Severity } from '../../domain/severity.js';
import type { StoredClusterRisk, StoredClusterVulnerability } from './cluster-item-payload.js';
import type { ClusterItemScanner } from './cluster-item-scanner.js';
import { summarizeNodes } from './summarize-nodes.js';
import { toStoredRisksFromBenchmark, toStoredRisksFromFindings, type BenchmarkItemResult } from './to-stored-cluster-risks.js';

export interface EngineClusterItemScannerOptions {
  readonly vulnDb: VulnDb;
  /** risk_assessment: the cluster engine's findings over a snapshot. */
  readonly assessRisks?: (snapshot: ClusterSnapshot, now: number) => readonly Finding[];
  /** benchmark: one result per CIS recommendation. */
  readonly runBenchmark?: (snapshot: ClusterSnapshot, now: number) => readonly BenchmarkItemResult[];
  /** Metadata (description, remediation) of every rule that may fire, by id. */
  readonly rules?: readonly RuleMeta[];
  readonly classifyBenchmark?: (id: string) => { readonly severity: Severity; readonly category: RiskCategory; readonly remediation: string };
}

/**
 * The production scanner: cluster_vul through the vulnerability engine, risk_assessment
 * and benchmark through the functions the composition root hands in. An item whose
 * engine is not wired throws, so the unit fails with that reason instead of reporting
 * a clean cluster.
 */
export function createEngineClusterItemScanner(options: EngineClusterItemScannerOptions): ClusterItemScanner {
  const rules = new Map((options.rules ?? []).map((r) => [r.id, r]));
  const classify = options.classifyBenchmark ?? classifyBenchmarkBySection;
  return {
    scan(snapshot, scanType, now) {
      let risks: StoredClusterRisk[] = [];
      let vulnerabilities: StoredClusterVulnerability[] = [];
      if (scanType === 'cluster_vul') {
        vulnerabilities = scanClusterVulnerabilities(snapshot, options.vulnDb, now).vulnerabilities.map(toStoredVulnerability);
      } else if (scanType === 'risk_assessment') {
        if (options.assessRisks === undefined) throw new BulwarkError('internal', 'risk assessment is not available in this deployment');
        risks = toStoredRisksFromFindings(options.assessRisks(snapshot, now), rules);
      } else {
        if (options.runBenchmark === undefined) throw new BulwarkError('internal', 'the CIS benchmark is not available in this deployment');
        risks = toStoredRisksFromBenchmark(options.runBenchmark(snapshot, now), classify);
      }
      return { format: 1, scanType, clusterVersion: snapshot.version?.gitVersion ?? null, nodes: summarizeNodes(snapshot), risks, vulnerabilities };
    },
  };
}

// HSS benchmark rows need a level; CIS sections map to how directly a failure exposes the
// cluster (control plane and node settings above policy hygiene).
export function classifyBenchmarkBySection(id: string): { severity: Severity; category: RiskCategory; remediation: string } {
  const section = id.replace(/^CIS-/, '').split('.')[0];
  const remediation = `Apply CIS Kubernetes Benchmark recommendation ${id.replace(/^CIS-/, '')}.`;
  switch (section) {
    case '1': return { severity: 'high', category: 'control_plane', remediation };
    case '2': return { severity: 'high', category: 'control_plane', remediation };
    case '3': return { severity: 'medium', category: 'control_plane', remediation };
    case '4': return { severity: 'high', category: 'node_escape', remediation };
    default: return { severity: 'medium', category: section === '5' ? 'access_control' : 'workload', remediation };
  }
}

function describeResource(r: ResourceRef): string {
  return r.kind === 'Node' ? r.name : `${r.kind}/${r.namespace === undefined ? '' : `${r.namespace}/`}${r.name}`;
}

function toStoredVulnerability(v: ClusterVulnerability): StoredClusterVulnerability {
  return {
    cveId: v.cveId, component: v.component, installedVersion: v.installedVersion, fixedVersions: [...v.fixedVersions],
    severity: v.severity, cvssScore: v.cvssScore, cvssVector: v.cvssVector, confidence: v.confidence, title: v.title,
    references: [...v.references], affectedNodes: v.resources.map(describeResource),
  };
}
