import type { ResourceRef } from '../../finding.js';
import type { Finding } from '../../finding.js';
import type { ClusterView } from '../cluster-view.js';

export type BenchmarkStatus = 'pass' | 'fail' | 'not_applicable' | 'not_evaluated';

export interface BenchmarkResult {
  readonly id: string;
  readonly title: string;
  readonly status: BenchmarkStatus;
  readonly reason: string;
  readonly resources: readonly ResourceRef[];
}

export interface BenchmarkOutcome {
  readonly status: BenchmarkStatus;
  readonly reason: string;
  readonly resources?: readonly ResourceRef[];
}

export interface BenchmarkContext {
  readonly view: ClusterView;
  /** Findings of the Kubernetes rules on the live objects, by rule id. */
  findingsOf(ruleId: string): readonly Finding[];
}

/** One CIS Kubernetes Benchmark recommendation (ids as in CIS v1.9–1.10; titles are ours). */
export interface BenchmarkControl {
  readonly id: string;
  readonly title: string;
  evaluate(ctx: BenchmarkContext): BenchmarkOutcome;
}

export const pass = (reason: string, resources: readonly ResourceRef[] = []): BenchmarkOutcome => ({ status: 'pass', reason, resources });
export const fail = (reason: string, resources: readonly ResourceRef[]): BenchmarkOutcome => ({ status: 'fail', reason, resources });
export const notApplicable = (reason: string): BenchmarkOutcome => ({ status: 'not_applicable', reason });
export const notEvaluated = (reason: string): BenchmarkOutcome => ({ status: 'not_evaluated', reason });

/** Pass when nothing was found, fail listing what was (at most one entry per resource). */
export function fromResources(found: readonly ResourceRef[], failReason: string, passReason: string): BenchmarkOutcome {
  const seen = new Set<string>();
  const unique = found.filter((r) => {
    const key = `${r.kind}/${r.namespace ?? ''}/${r.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // Sorted so the report does not depend on the order the API listed objects in.
  unique.sort(compareResources);
  return unique.length > 0 ? fail(`${failReason} (${unique.length})`, unique) : pass(passReason);
}

export function compareResources(a: ResourceRef, b: ResourceRef): number {
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return text(a.kind, b.kind) || text(a.namespace ?? '', b.namespace ?? '') || text(a.name, b.name);
}
