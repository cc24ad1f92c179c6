import type { Finding } from '../../finding.js';
import type { ClusterView } from '../cluster-view.js';
import type { BenchmarkContext, BenchmarkControl, BenchmarkResult } from './benchmark-control.js';
import { CONTROL_PLANE_CONTROLS, ENCRYPTION_PROVIDERS_CONTROL } from './control-plane-controls.js';
import { MANUAL_CONTROLS } from './manual-controls.js';
import { NODE_CONTROLS } from './node-controls.js';
import { POLICY_CONTROLS } from './policy-controls.js';

function compareIds(a: string, b: string): number {
  const pa = a.replace(/^CIS-/, '').split('.').map(Number);
  const pb = b.replace(/^CIS-/, '').split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** Every recommendation the benchmark report lists, in CIS order. */
export const CIS_CONTROLS: readonly BenchmarkControl[] = [
  ...MANUAL_CONTROLS, ...CONTROL_PLANE_CONTROLS, ENCRYPTION_PROVIDERS_CONTROL, ...NODE_CONTROLS, ...POLICY_CONTROLS,
].sort((a, b) => compareIds(a.id, b.id));

/**
 * The CIS Kubernetes Benchmark as far as the API can decide it. Pod-level items reuse the
 * findings of the Kubernetes rules on the live objects (the same verdicts risk_assessment
 * reports); a control that throws is reported not_evaluated with the error, never dropped.
 */
export function evaluateBenchmark(view: ClusterView, liveFindings: readonly Finding[]): BenchmarkResult[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of liveFindings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const ctx: BenchmarkContext = { view, findingsOf: (id) => byRule.get(id) ?? [] };
  return CIS_CONTROLS.map((control) => {
    try {
      const outcome = control.evaluate(ctx);
      return { id: control.id, title: control.title, status: outcome.status, reason: outcome.reason, resources: outcome.resources ?? [] };
    } catch (err) {
      return { id: control.id, title: control.title, status: 'not_evaluated', reason: `internal error: ${err instanceof Error ? err.message : String(err)}`, resources: [] };
    }
  });
}
