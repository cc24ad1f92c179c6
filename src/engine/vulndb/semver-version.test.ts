import { describe, expect, it } from 'vitest';
import { compareSemver, formatSemver, parseSemver } from './semver-version.js';

describe('parseSemver', () => {
  it.each([
    ['1.28.4', '1.28.4'],
    ['v1.28.4', '1.28.4'],
    ['1.30', '1.30.0'],
    ['1', '1.0.0'],
    ['1.16.0-beta.1', '1.16.0-beta.1'],
    ['2.0.0-alpha.0', '2.0.0-alpha.0'],
    ['1.28.9+k3s1', '1.28.9'],
  ])('reads %s as %s', (text, expected) => {
    const v = parseSemver(text);
    expect(v && formatSemver(v)).toBe(expected);
  });

  it.each(['', 'x', '1.2.3.4', '01.2.3', '1.2.3-', '1.2.3-01', '1.2.3+', '1..2', '1.2.3-a..b', 'latest'])('rejects %j', (text) => {
    expect(parseSemver(text)).toBeUndefined();
  });
});

describe('compareSemver (SemVer 2.0 §11)', () => {
  // The precedence chain from the specification, each strictly lower than the next.
  const chain = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0'];
  it.each(chain.slice(0, -1).map((a, i) => [a, chain[i + 1] as string]))('%s < %s', (a, b) => {
    const x = parseSemver(a)!;
    const y = parseSemver(b)!;
    expect(compareSemver(x, y)).toBeLessThan(0);
    expect(compareSemver(y, x)).toBeGreaterThan(0);
  });

  it.each([
    ['1.9.0', '1.10.0', -1],
    ['1.28.10', '1.28.9', 1],
    ['1.2.3+a', '1.2.3+b', 0],
    ['1.30', '1.30.0', 0],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareSemver(parseSemver(a)!, parseSemver(b)!))).toBe(sign);
  });
});
