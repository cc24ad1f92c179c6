import type { SourceRange } from '../../../domain/source-range.js';
import { parseDockerfile } from '../../iac/dockerfile/parse-dockerfile.js';
import type { DockerfileRule, RuleSettings } from '../define-rule.js';

export interface DockerfileRuleHit {
  readonly message: string;
  readonly path: string;
  readonly range: SourceRange;
  readonly resourceName: string;
}

/** Runs one Dockerfile rule over Dockerfile text (for rule tests); throws when the text does not parse. */
export function runDockerfileRule(rule: DockerfileRule, text: string, settings: RuleSettings = {}): DockerfileRuleHit[] {
  const parsed = parseDockerfile({ path: 'fixture.Dockerfile', content: new TextEncoder().encode(text) });
  if (parsed.error !== undefined || !parsed.dockerfile) throw new Error(`fixture does not parse: ${parsed.error}`);
  const hits: DockerfileRuleHit[] = [];
  rule.check(parsed.dockerfile, (hit) => hits.push(hit), settings);
  return hits;
}
