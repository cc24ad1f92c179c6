import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DockerfileRule, RuleSettings } from '../define-rule.js';
import type { FixtureVerdict } from './fixture-verdict.js';
import { judgeFixture, withBothKindsRequired } from './fixture-verdict.js';
import { runDockerfileRule } from './run-dockerfile-rule.js';

const SETTINGS_LINE = /^#\s*fixture-settings:\s*(\{.*\})\s*$/m;

/**
 * Fixture convention for Dockerfile rules: `<fixturesDir>/<RULE-ID>/fail-*.Dockerfile` must make
 * the rule fire and `pass-*.Dockerfile` must not. In fail fixtures a comment line
 * `# expect-next-line: <RULE-ID>` sits directly above every line where a finding must start
 * (comment lines are legal inside continuations, so this works in the middle of a RUN); the
 * set of finding start lines must equal the set of marked lines. An optional
 * `# fixture-settings: {json}` line passes rule settings.
 */
export function checkDockerfileRuleFixtures(rule: DockerfileRule, fixturesDir: string): FixtureVerdict[] {
  const dir = join(fixturesDir, rule.id);
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /^(fail|pass)-.*\.Dockerfile$/.test(n)).sort();
  } catch {
    return [{ file: dir, expectation: 'fail', problems: [`no fixture directory ${dir}`] }];
  }
  const verdicts: FixtureVerdict[] = names.map((name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const expectation = name.startsWith('fail-') ? 'fail' : 'pass';
    const settingsJson = SETTINGS_LINE.exec(text)?.[1];
    const settings = settingsJson === undefined ? {} : (JSON.parse(settingsJson) as RuleSettings);
    let hits;
    try {
      hits = runDockerfileRule(rule, text, settings);
    } catch (err) {
      return { file: name, expectation, problems: [String(err)] };
    }
    const marker = new RegExp(`^\\s*#\\s*expect-next-line:\\s*${rule.id.replace(/[-]/g, '\\-')}\\s*$`);
    const expected = new Set<number>();
    text.split(/\r?\n/).forEach((line, i) => { if (marker.test(line)) expected.add(i + 2); });
    const found = hits.map((h) => ({ line: h.range.startLine, message: h.message }));
    return { file: name, expectation, problems: judgeFixture(expectation, found, expected, `# expect-next-line: ${rule.id}`) };
  });
  return withBothKindsRequired(verdicts, dir);
}
