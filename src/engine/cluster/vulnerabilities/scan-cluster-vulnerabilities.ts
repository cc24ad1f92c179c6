import { severityRank } from '../../../domain/severity.js';
import type { ClusterSnapshot } from '../../inputs/cluster-snapshot.js';
import { isAffected, suggestedFixes } from '../../vulndb/match-affected.js';
import { formatSemver } from '../../vulndb/semver-version.js';
import type { VulnDb, VulnRecord } from '../../vulndb/vuln-db.js';
import type { ClusterVulnerability, ClusterVulnerabilityReport, NotEvaluatedComponent } from './cluster-vulnerability.js';
import type { ComponentInstance } from './component-instance.js';
import { evaluatePrecondition, type PreconditionResult } from './evaluate-precondition.js';
import { findComponentInstances } from './find-component-instances.js';

const DAY_MS = 86_400_000;

/**
 * cluster_vul: every CVE in `db` whose affected range contains a component version seen
 * in the snapshot, with exploitability preconditions evaluated against the snapshot.
 * Pure: `now` only dates the database.
 */
export function scanClusterVulnerabilities(snapshot: ClusterSnapshot, db: VulnDb, now: number): ClusterVulnerabilityReport {
  const { instances, gaps } = findComponentInstances(snapshot);
  const vulnerabilities: ClusterVulnerability[] = [];
  for (const instance of instances) {
    for (const record of db.records) {
      const affected = record.affected.find((a) => a.component === instance.component);
      if (!affected || !isAffected(instance.version.version, affected)) continue;
      vulnerabilities.push(toRow(record, instance, suggestedFixes(instance.version.version, affected), snapshot));
    }
  }
  vulnerabilities.sort((a, b) =>
    severityRank(a.severity) - severityRank(b.severity) || (b.cvssScore ?? 0) - (a.cvssScore ?? 0) ||
    a.cveId.localeCompare(b.cveId) || a.component.localeCompare(b.component) || a.installedVersion.localeCompare(b.installedVersion));

  const seen = new Set(instances.map((i) => i.component));
  const notEvaluated: NotEvaluatedComponent[] = [];
  for (const gap of gaps) {
    // A component-wide gap is moot once some source gave the version; a per-resource one is not.
    if (gap.resource === undefined && seen.has(gap.component)) continue;
    const cveIds = db.records.filter((r) => r.affected.some((a) => a.component === gap.component)).map((r) => r.id);
    if (cveIds.length === 0) continue;
    if (!notEvaluated.some((n) => n.component === gap.component && n.reason === gap.reason)) {
      notEvaluated.push({ component: gap.component, reason: gap.reason, ...(gap.resource ? { resource: gap.resource } : {}), cveIds });
    }
  }

  return {
    vulnerabilities,
    notEvaluated,
    components: instances.map((i) => ({
      component: i.component, version: formatSemver(i.version.version), reportedVersion: i.version.raw,
      confidence: i.confidence, resources: i.resources.length,
    })),
    database: { generatedAt: db.generatedAt, records: db.records.length, ageDays: Math.max(0, Math.floor((now - Date.parse(db.generatedAt)) / DAY_MS)) },
  };
}

function toRow(record: VulnRecord, instance: ComponentInstance, fixes: string[], snapshot: ClusterSnapshot): ClusterVulnerability {
  const results = record.preconditions.map((p) => ({ id: p, result: evaluatePrecondition(p, snapshot, instance) }));
  const failed = results.find((r) => r.result.status === 'not_met');
  const unknown = results.find((r) => r.result.status === 'unknown');
  const exploitability = failed ? 'not_exploitable_here' : unknown ? 'precondition_unknown' : 'applies';
  const reason = results.length === 0 ? null : results.map((r) => `${r.id}: ${r.result.reason}`).join('; ');
  return {
    cveId: record.id,
    component: instance.component,
    installedVersion: formatSemver(instance.version.version),
    reportedVersion: instance.version.raw,
    fixedVersions: fixes,
    severity: record.severity,
    cvssScore: record.cvss?.score ?? null,
    cvssVector: record.cvss?.vector ?? null,
    confidence: instance.confidence,
    exploitability,
    exploitabilityReason: reason,
    title: record.title,
    published: record.published,
    references: record.references,
    resources: narrowResources(instance, results.map((r) => r.result)),
    versionSource: instance.source,
  };
}

// When a precondition names the resources that make it true for this instance's own nodes
// (Windows nodes, nodes with the read-only port), report only those.
function narrowResources(instance: ComponentInstance, results: readonly PreconditionResult[]) {
  for (const r of results) {
    if (r.status !== 'met' || !r.resources) continue;
    const nodes = r.resources.filter((x) => x.kind === 'Node');
    if (nodes.length > 0 && instance.resources.every((x) => x.kind === 'Node')) {
      return instance.resources.filter((x) => nodes.some((n) => n.name === x.name));
    }
  }
  return instance.resources;
}
