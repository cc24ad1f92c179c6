import { formatPath } from '../../../domain/source-range.js';
import type { Finding, ResourceRef } from '../../finding.js';
import type { KubeObject } from '../../inputs/kube-object.js';
import type { KubeRule, RuleSettings } from '../../rules/define-rule.js';
import { createKubeRuleContext } from '../../rules/kube-rule-context.js';
import { WORKLOAD_RULES } from '../../rules/kubernetes/workload/index.js';
import { refOfObject, type JudgedObjects } from './select-judged-objects.js';

export interface LiveRuleError {
  readonly ruleId: string;
  readonly resource: string;
  readonly message: string;
}

const WORKLOAD_RULE_IDS: ReadonlySet<string> = new Set(WORKLOAD_RULES.map((r) => r.id));

/**
 * Runs the IaC engine's Kubernetes rules, unchanged, on live objects (`ctx.live`). The
 * context holds the judged objects only, so cross-object rules pair Services and
 * policies with controllers, as they do for manifests, not with every replica pod.
 * A rule that throws on one object is recorded and the scan goes on.
 */
export function runLiveRules(rules: readonly KubeRule[], selection: JudgedObjects, settings: RuleSettings = {}): { findings: Finding[]; errors: LiveRuleError[] } {
  const objects = selection.judged;
  const ctx = createKubeRuleContext(objects, true, settings);
  const anyKind = rules.filter((r) => r.kinds === undefined);
  const byKind = new Map<string, KubeRule[]>();
  for (const rule of rules) for (const kind of rule.kinds ?? []) byKind.set(kind, [...(byKind.get(kind) ?? []), rule]);
  const findings: Finding[] = [];
  const errors: LiveRuleError[] = [];
  let current: KubeObject | undefined;
  let currentRef: ResourceRef | undefined;
  // One shared resource reference per object, however many findings it gets.
  const refOf = (obj: KubeObject): ResourceRef => {
    if (current !== obj || currentRef === undefined) { current = obj; currentRef = refOfObject(obj); }
    return currentRef;
  };
  const run = (rule: KubeRule, obj: KubeObject) => {
    try {
      rule.check(obj, ctx, ({ message, path }) => {
        findings.push({
          ruleId: rule.id, aliases: rule.aliases, severity: rule.severity, category: rule.category, title: rule.title,
          message, file: '', range: undefined, resource: refOf(obj), path: formatPath(path), suppressed: false, suppression: null,
        });
      });
    } catch (err) {
      errors.push({ ruleId: rule.id, resource: `${obj.kind}/${obj.namespace ? `${obj.namespace}/` : ''}${obj.name}`, message: err instanceof Error ? err.message : String(err) });
    }
  };
  for (const obj of objects) {
    const exempt = selection.workloadRulesExempt.has(obj);
    for (const list of [byKind.get(obj.kind), anyKind]) {
      for (const rule of list ?? []) if (!(exempt && WORKLOAD_RULE_IDS.has(rule.id))) run(rule, obj);
    }
  }
  return { findings, errors };
}
