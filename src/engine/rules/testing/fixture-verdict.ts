export interface FixtureVerdict {
  readonly file: string;
  readonly expectation: 'fail' | 'pass';
  /** Empty when the fixture behaves as declared. */
  readonly problems: readonly string[];
}

export interface FixtureHit {
  /** Start line of the finding (-1 when it has no range). */
  readonly line: number;
  readonly message: string;
}

/**
 * The shared contract of rule fixtures, whatever the file type: a pass fixture stays silent;
 * a fail fixture fires, and the set of finding start lines equals the set of marked lines.
 */
export function judgeFixture(expectation: 'fail' | 'pass', hits: readonly FixtureHit[], expectedLines: ReadonlySet<number>, marker: string): string[] {
  const problems: string[] = [];
  if (expectation === 'pass') {
    if (hits.length > 0) problems.push(`fired ${hits.length}x, first at line ${hits[0]!.line}: ${hits[0]!.message}`);
    return problems;
  }
  const actual = new Set(hits.map((h) => h.line));
  if (hits.length === 0) problems.push('did not fire');
  if (expectedLines.size === 0) problems.push(`no "${marker}" marker in the fixture`);
  for (const line of expectedLines) if (!actual.has(line)) problems.push(`expected a finding starting on line ${line}`);
  for (const line of actual) if (!expectedLines.has(line)) problems.push(`unexpected finding starting on line ${line}`);
  return problems;
}

/** Every rule needs at least one fixture of each kind. */
export function withBothKindsRequired(verdicts: FixtureVerdict[], dir: string): FixtureVerdict[] {
  if (!verdicts.some((v) => v.expectation === 'fail')) verdicts.push({ file: dir, expectation: 'fail', problems: ['no fail-* fixture'] });
  if (!verdicts.some((v) => v.expectation === 'pass')) verdicts.push({ file: dir, expectation: 'pass', problems: ['no pass-* fixture'] });
  return verdicts;
}
