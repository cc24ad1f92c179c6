import { SCAN_TYPES, type ScanType } from '../../domain/scan-types.js';
import { severityRank } from '../../domain/severity.js';
import type { Finding } from '../finding.js';
import type { ClusterSnapshot } from '../inputs/cluster-snapshot.js';
import type { RuleSettings } from '../rules/define-rule.js';
import { KUBERNETES_RULES } from '../rules/kubernetes/index.js';
import type { VulnDb } from '../vulndb/vuln-db.js';
import { evaluateBenchmark } from './benchmark/evaluate-benchmark.js';
import { BENCHMARK_RULE_IDS } from './benchmark/policy-controls.js';
import type { ClusterScanDocument } from './cluster-scan-document.js';
import { createClusterView, type ClusterView } from './cluster-view.js';
import { applyLiveSuppressions } from './risk/apply-live-suppressions.js';
import { runLiveRules } from './risk/run-live-rules.js';
import type { ClusterRule } from './rules/define-cluster-rule.js';
import { CLUSTER_RULES } from './rules/index.js';
import { scanClusterVulnerabilities } from './vulnerabilities/scan-cluster-vulnerabilities.js';

export interface ClusterScanOptions {
  /** Epoch ms: end-of-life dates and database age are judged against it. */
  readonly now: number;
  readonly scanTypes?: readonly ScanType[];
  readonly vulnDb: VulnDb;
  readonly settings?: RuleSettings;
}

type NotEvaluated = ClusterScanDocument['not_evaluated'][number];

/**
 * Scans one cluster snapshot: cluster_vul, risk_assessment and benchmark, each only when
 * asked for. Pure: no I/O, no clock. The Kubernetes rules run once on the live objects
 * and their findings serve both the risk list and the benchmark's pod-level items.
 */
export function scanCluster(snapshot: ClusterSnapshot, options: ClusterScanOptions): ClusterScanDocument {
  const scanTypes = SCAN_TYPES.filter((t) => (options.scanTypes ?? SCAN_TYPES).includes(t));
  const view = createClusterView(snapshot, options.now);
  const notEvaluated: NotEvaluated[] = [];
  const wants = (t: ScanType) => scanTypes.includes(t);

  let vulnerabilities: ClusterScanDocument['vulnerabilities'] = [];
  if (wants('cluster_vul')) {
    const report = scanClusterVulnerabilities(snapshot, options.vulnDb, options.now);
    vulnerabilities = report.vulnerabilities.map((v) => ({
      cve_id: v.cveId, component: v.component, installed_version: v.installedVersion, reported_version: v.reportedVersion,
      fixed_versions: v.fixedVersions, severity: v.severity, cvss_score: v.cvssScore, confidence: v.confidence,
      exploitability: v.exploitability, title: v.title, resources: v.resources,
    }));
    for (const n of report.notEvaluated) {
      notEvaluated.push({ scan_type: 'cluster_vul', item: n.resource ? `${n.component} on ${n.resource.kind}/${n.resource.name}` : n.component, reason: `${n.reason} (${n.cveIds.length} CVEs not checked)` });
    }
  }

  // A benchmark-only scan runs just the rules the benchmark reads; risk_assessment needs them all.
  const liveRules = wants('risk_assessment') ? KUBERNETES_RULES : wants('benchmark') ? KUBERNETES_RULES.filter((r) => BENCHMARK_RULE_IDS.has(r.id)) : [];
  const live = liveRules.length > 0 ? runLiveRules(liveRules, view.selection, options.settings) : { findings: [], errors: [] };
  for (const e of live.errors) notEvaluated.push({ scan_type: 'risk_assessment', item: `${e.ruleId} on ${e.resource}`, reason: `rule failed: ${e.message}` });

  let risks: ClusterScanDocument['risks'] = [];
  if (wants('risk_assessment')) {
    const cluster = runClusterRules(CLUSTER_RULES, view, notEvaluated);
    // Annotation waivers on the live objects count as they do in manifests: marked, not dropped.
    risks = applyLiveSuppressions([...live.findings, ...cluster], view.objects, options.now).sort(compareRisks).map((f) => ({
      rule_id: f.ruleId, aliases: f.aliases, severity: f.severity, category: f.category, title: f.title, message: f.message, resource: f.resource, path: f.path,
      suppressed: f.suppressed,
      suppression: f.suppression && {
        source: f.suppression.source, rule_ref: f.suppression.ruleRef, reason: f.suppression.reason ?? null, expires: f.suppression.expires ?? null,
      },
    }));
  }

  let benchmark: ClusterScanDocument['benchmark'] = [];
  if (wants('benchmark')) {
    benchmark = evaluateBenchmark(view, live.findings);
    for (const b of benchmark) if (b.status === 'not_evaluated') notEvaluated.push({ scan_type: 'benchmark', item: b.id, reason: b.reason });
  }

  return {
    schema_version: 1,
    cluster: { version: snapshot.version?.gitVersion ?? null, nodes: view.byKind('Node').length, provider: view.distribution.distribution },
    scan_types: scanTypes,
    vulnerabilities,
    risks,
    benchmark,
    not_evaluated: notEvaluated,
    exempted: wants('risk_assessment') ? view.selection.exempted : [],
  };
}

function runClusterRules(rules: readonly ClusterRule[], view: ClusterView, notEvaluated: NotEvaluated[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    try {
      rule.check(view, (f) => findings.push({
        ruleId: rule.id, aliases: rule.aliases, severity: rule.severity, category: rule.category, title: rule.title,
        message: f.message, file: '', range: undefined, resource: f.resource, path: f.path ?? '', suppressed: false, suppression: null,
      }), (reason) => notEvaluated.push({ scan_type: 'risk_assessment', item: rule.id, reason }));
    } catch (err) {
      notEvaluated.push({ scan_type: 'risk_assessment', item: rule.id, reason: `rule failed: ${err instanceof Error ? err.message : String(err)}` });
    }
  }
  return findings;
}

function compareRisks(a: Finding, b: Finding): number {
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return severityRank(a.severity) - severityRank(b.severity) || text(a.ruleId, b.ruleId) ||
    text(a.resource.namespace ?? '', b.resource.namespace ?? '') || text(a.resource.kind, b.resource.kind) || text(a.resource.name, b.resource.name) || text(a.path, b.path);
}
