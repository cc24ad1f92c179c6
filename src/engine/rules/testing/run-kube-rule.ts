import { formatPath } from '../../../domain/source-range.js';
import type { SourceRange } from '../../../domain/source-range.js';
import { parseManifests } from '../../iac/manifest/parse-manifests.js';
import type { KubeRule, RuleSettings } from '../define-rule.js';
import { createKubeRuleContext } from '../kube-rule-context.js';

export interface RuleHit {
  readonly message: string;
  readonly path: string;
  readonly range: SourceRange | undefined;
  readonly kind: string;
  readonly name: string;
}

/** Runs one Kubernetes rule over YAML text treated as one scan (for rule tests). */
export function runKubeRule(rule: KubeRule, yamlText: string, settings: RuleSettings = {}): RuleHit[] {
  const parsed = parseManifests({ path: 'fixture.yaml', content: new TextEncoder().encode(yamlText) });
  if (parsed.error !== undefined) throw new Error(`fixture does not parse: ${parsed.error}`);
  const ctx = createKubeRuleContext(parsed.objects, false, settings);
  const hits: RuleHit[] = [];
  for (const obj of parsed.objects) {
    if (rule.kinds && !rule.kinds.includes(obj.kind)) continue;
    rule.check(obj, ctx, ({ message, path }) => {
      hits.push({ message, path: formatPath(path), range: obj.locate(path), kind: obj.kind, name: obj.name });
    });
  }
  return hits;
}
