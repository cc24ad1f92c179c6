import type { RiskCategory, Severity } from '../../domain/severity.js';
import type { Finding, ResourceRef } from '../../engine/finding.js';
import type { RuleMeta } from '../../engine/rules/define-rule.js';
import type { StoredAffectedResource, StoredClusterRisk } from './cluster-item-payload.js';

/** A benchmark recommendation's outcome as the engine reports it (structurally). */
export interface BenchmarkItemResult {
  readonly id: string;
  readonly title: string;
  readonly status: string;
  readonly reason: string;
  readonly resources: readonly ResourceRef[];
}

const resourceKey = (r: ResourceRef): string => r.uid ?? `${r.kind}/${r.namespace ?? ''}/${r.name}`;

// Live objects normally carry a uid; a synthetic resource (a kubelet flag, an API server
// setting) may not, so an id is derived from its identity to keep resource_id non-empty.
const resourceIdOf = (r: ResourceRef): string => r.uid ?? `${r.kind}/${r.namespace ?? ''}/${r.name}`;

/** Groups risk_assessment findings into one risk per check, one entry per affected resource. */
export function toStoredRisksFromFindings(findings: readonly Finding[], rules: ReadonlyMap<string, RuleMeta>): StoredClusterRisk[] {
  const byRule = new Map<string, { first: Finding; resources: Map<string, { ref: ResourceRef; messages: string[]; paths: string[] }> }>();
  for (const f of findings) {
    if (f.suppressed) continue;
    let entry = byRule.get(f.ruleId);
    if (entry === undefined) byRule.set(f.ruleId, entry = { first: f, resources: new Map() });
    const key = resourceKey(f.resource);
    let res = entry.resources.get(key);
    if (res === undefined) entry.resources.set(key, res = { ref: f.resource, messages: [], paths: [] });
    if (!res.messages.includes(f.message)) res.messages.push(f.message);
    if (f.path !== '' && !res.paths.includes(f.path)) res.paths.push(f.path);
  }
  return [...byRule.entries()].map(([ruleId, { first, resources }]) => {
    const rule = rules.get(ruleId);
    return {
      id: ruleId,
      title: rule?.title ?? first.title,
      severity: rule?.severity ?? first.severity,
      category: rule?.category ?? first.category,
      description: rule?.description ?? first.title,
      remediation: rule?.remediation ?? '',
      resources: [...resources.values()].map(({ ref, messages, paths }) => toAffected(ref, messages.join('; '), paths)),
    };
  });
}

/**
 * Failed benchmark recommendations as risks with HSS-style ids (`CIS-5.1.1`). CIS gives no
 * severity; `classify` decides it (by section), so benchmark rows can be filtered by level.
 */
export function toStoredRisksFromBenchmark(
  results: readonly BenchmarkItemResult[],
  classify: (id: string) => { readonly severity: Severity; readonly category: RiskCategory; readonly remediation: string },
): StoredClusterRisk[] {
  return results.filter((r) => r.status === 'fail').map((r) => {
    const { severity, category, remediation } = classify(r.id);
    const unique = new Map<string, ResourceRef>();
    for (const x of r.resources) if (!unique.has(resourceKey(x))) unique.set(resourceKey(x), x);
    return {
      id: r.id.startsWith('CIS-') ? r.id : `CIS-${r.id}`,
      title: r.title, severity, category, description: `${r.title}: ${r.reason}`, remediation,
      resources: [...unique.values()].map((x) => toAffected(x, r.reason, [])),
    };
  });
}

function toAffected(ref: ResourceRef, hitRule: string, paths: readonly string[]): StoredAffectedResource {
  // firstSeenAt is filled in by carryFirstSeen once the previous result is known.
  return { uid: resourceIdOf(ref), name: ref.name, kind: ref.kind, namespace: ref.namespace ?? '', hitRule, paths: [...paths], firstSeenAt: 0 };
}
