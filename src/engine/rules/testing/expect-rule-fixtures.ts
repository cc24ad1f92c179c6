import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KubeRule, RuleSettings } from '../define-rule.js';
import type { FixtureVerdict } from './fixture-verdict.js';
import { judgeFixture, withBothKindsRequired } from './fixture-verdict.js';
import { runKubeRule } from './run-kube-rule.js';

export type { FixtureVerdict };

/**
 * Fixture convention for Kubernetes rules: `<fixturesDir>/<RULE-ID>/fail-*.yaml` must make
 * the rule fire, `pass-*.yaml` must not. In fail fixtures, every line where a finding must
 * start carries the end-of-line marker `# expect: <RULE-ID>`; the set of finding start
 * lines must equal the set of marked lines exactly (line-exactness is part of the contract).
 * An optional `<RULE-ID>/settings.json` holds the RuleSettings every fixture of that rule is
 * scanned with (for rules that stay silent without configuration, such as trusted registries).
 */
export function checkKubeRuleFixtures(rule: KubeRule, fixturesDir: string): FixtureVerdict[] {
  const dir = join(fixturesDir, rule.id);
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /^(fail|pass)-.*\.(ya?ml|json)$/.test(n)).sort();
  } catch {
    return [{ file: dir, expectation: 'fail', problems: [`no fixture directory ${dir}`] }];
  }
  let settings: RuleSettings = {};
  if (names.length > 0) {
    try {
      settings = readFixtureSettings(dir);
    } catch (err) {
      return [{ file: join(dir, 'settings.json'), expectation: 'fail', problems: [String(err)] }];
    }
  }
  const verdicts: FixtureVerdict[] = names.map((name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const expectation = name.startsWith('fail-') ? 'fail' : 'pass';
    let hits;
    try {
      hits = runKubeRule(rule, text, settings);
    } catch (err) {
      return { file: name, expectation, problems: [String(err)] };
    }
    const marker = `# expect: ${rule.id}`;
    const expected = new Set<number>();
    text.split(/\r?\n/).forEach((line, i) => { if (line.includes(marker)) expected.add(i + 1); });
    const found = hits.map((h) => ({ line: h.range?.startLine ?? -1, message: h.message }));
    return { file: name, expectation, problems: judgeFixture(expectation, found, expected, marker) };
  });
  return withBothKindsRequired(verdicts, dir);
}

function readFixtureSettings(dir: string): RuleSettings {
  let text: string;
  try {
    text = readFileSync(join(dir, 'settings.json'), 'utf8');
  } catch {
    return {};
  }
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('settings.json must hold an object');
  const registries: unknown = (parsed as Record<string, unknown>)['trustedRegistries'];
  if (registries === undefined) return {};
  if (!Array.isArray(registries) || !registries.every((r) => typeof r === 'string')) {
    throw new Error('settings.json: trustedRegistries must be an array of strings');
  }
  return { trustedRegistries: registries };
}
