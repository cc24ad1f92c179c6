import { describe, expect, it } from 'vitest';
import { parseSemver } from './semver-version.js';
import { parseVersionConstraint, satisfiesConstraint } from './version-constraint.js';

function sat(constraint: string, version: string): boolean {
  const c = parseVersionConstraint(constraint);
  if (typeof c === 'string') throw new Error(c);
  return satisfiesConstraint(parseSemver(version)!, c);
}

describe('stackrox constraints', () => {
  it.each([
    ['< 1.29.14', '1.29.13', true],
    ['< 1.29.14', '1.29.14', false],
    ['<= 1.28.11', '1.28.11', true],
    ['<= 1.28.11', '1.28.12', false],
    ['>= 1.30, <= 1.30.9', '1.30.0', true],
    ['>= 1.30, <= 1.30.9', '1.29.99', false],
    ['>= 1.30, <= 1.30.9', '1.30.10', false],
    ['>= 1.6, < 1.6.11', '1.6.10', true],
    ['>= 1.3', '1.33.1', true],
    ['>= 1.3', '1.2.9', false],
    ['>= 0.0.0', '0.0.1', true],
    ['1.13.6', '1.13.6', true],
    ['1.13.6', '1.13.7', false],
    ['< 1.16.0-beta.1', '1.16.0-alpha.3', true],
    ['< 1.16.0-beta.1', '1.16.0', false],
    ['< 1.16.0-beta.1', '1.15.9', true],
    ['>= 1.17.0, < 1.20.0-alpha.2', '1.20.0-alpha.1', true],
    ['>= 1.14, < 1.14.0', '1.14.0', false],
    ['< 1.11.0, <= 1.11.7', '1.11.3', false],
    ['!= 1.2.3', '1.2.3', false],
  ])('%s with %s → %s', (constraint, version, expected) => {
    expect(sat(constraint, version)).toBe(expected);
  });

  it('a pre-release cluster version is still matched by a release bound', () => {
    expect(sat('< 1.20.5', '1.20.0-rc.1')).toBe(true);
  });

  it.each(['', '>= ', '>= 1.2,', '~> 1.2', '>= one'])('rejects %j', (text) => {
    expect(typeof parseVersionConstraint(text)).toBe('string');
  });
});
