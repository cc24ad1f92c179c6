import type { ResourceRef } from '../../engine/finding.js';
import type { Finding } from '../../engine/finding.js';
import type { ClusterVulnerability } from '../../engine/cluster/vulnerabilities/cluster-vulnerability.js';
import { scanClusterVulnerabilities } from '../../engine/cluster/vulnerabilities/scan-cluster-vulnerabilities.js';
import type { RuleMeta } from '../../engine/rules/define-rule.js';
import { ALL_RULES } from '../../engine/rules/index.js';
import type { ClusterScanDocument } from '../../engine/cluster/cluster-scan-document.js';
import { CLUSTER_RULES } from '../../engine/cluster/rules/index.js';
import { scanCluster } from '../../engine/cluster/scan-cluster.js';
import type { VulnDb } from '../../engine/vulndb/vuln-db.js';
import type { RiskCategory, Severity } from '../../domain/severity.js';
import type { StoredClusterRisk, StoredClusterVulnerability } from './cluster-item-payload.js';
import type { ClusterItemScanner } from './cluster-item-scanner.js';
import { summarizeNodes } from './summarize-nodes.js';
import { toStoredRisksFromBenchmark, toStoredRisksFromFindings } from './to-stored-cluster-risks.js';

export interface EngineClusterItemScannerOptions {
  readonly vulnDb: VulnDb;
  /** Metadata (description, remediation) of every rule that may fire; all IaC and cluster rules by default. */
  readonly rules?: readonly RuleMeta[];
  readonly classifyBenchmark?: (id: string) => { readonly severity: Severity; readonly category: RiskCategory; readonly remediation: string };
}

/**
 * The production scanner over the cluster engine: cluster_vul through the vulnerability
 * scan (it keeps CVSS vectors and references), risk_assessment and benchmark through
 * scanCluster limited to the one item, so a unit pays only for its own item.
 */
export function createEngineClusterItemScanner(options: EngineClusterItemScannerOptions): ClusterItemScanner {
  const rules = new Map((options.rules ?? [...ALL_RULES, ...CLUSTER_RULES]).map((r) => [r.id, r]));
  const classify = options.classifyBenchmark ?? classifyBenchmarkBySection;
  return {
    scan(snapshot, scanType, now) {
      let risks: StoredClusterRisk[] = [];
      let vulnerabilities: StoredClusterVulnerability[] = [];
      if (scanType === 'cluster_vul') {
        vulnerabilities = scanClusterVulnerabilities(snapshot, options.vulnDb, now).vulnerabilities.map(toStoredVulnerability);
      } else {
        const doc = scanCluster(snapshot, { now, scanTypes: [scanType], vulnDb: options.vulnDb });
        risks = scanType === 'risk_assessment'
          ? toStoredRisksFromFindings(doc.risks.map(toFinding), rules)
          : toStoredRisksFromBenchmark(doc.benchmark, classify);
      }
      return { format: 1, scanType, clusterVersion: snapshot.version?.gitVersion ?? null, nodes: summarizeNodes(snapshot), risks, vulnerabilities };
    },
  };
}

function toFinding(r: ClusterScanDocument['risks'][number]): Finding {
  return {
    ruleId: r.rule_id, aliases: r.aliases, severity: r.severity, category: r.category, title: r.title, message: r.message,
    file: '', range: undefined, resource: r.resource, path: r.path, suppressed: r.suppressed,
    suppression: r.suppression && {
      source: r.suppression.source, ruleRef: r.suppression.rule_ref,
      ...(r.suppression.reason === null ? {} : { reason: r.suppression.reason }), ...(r.suppression.expires === null ? {} : { expires: r.suppression.expires }),
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
