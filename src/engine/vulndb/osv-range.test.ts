import { describe, expect, it } from 'vitest';
import { isInOsvRange, type OsvEvent, type OsvRange } from './osv-range.js';
import { parseSemver } from './semver-version.js';

const semver = (events: OsvEvent[]): OsvRange => ({ type: 'SEMVER', events });
const check = (range: OsvRange, version: string) => isInOsvRange(parseSemver(version)!, range);

// CVE-2023-5528 as the feed lists it: newest branch first, oldest branch opened at 1.8.0.
const unsorted = semver([
  { introduced: '1.28.0' }, { fixed: '1.28.4' }, { introduced: '1.27.0' }, { fixed: '1.27.8' },
  { introduced: '1.26.0' }, { fixed: '1.26.11' }, { introduced: '1.8.0' }, { fixed: '1.25.16' },
]);

describe('isInOsvRange', () => {
  it.each([
    ['1.7.9', false], ['1.8.0', true], ['1.25.15', true], ['1.25.16', false], ['1.26.0', true],
    ['1.26.10', true], ['1.26.11', false], ['1.27.7', true], ['1.27.8', false], ['1.28.3', true],
    ['1.28.4', false], ['1.29.0', false],
  ])('unsorted branch list (must sort first): %s → %s', (v, expected) => {
    expect(check(unsorted, v)).toBe(expected);
  });

  it('introduced "0" covers everything below the fix, even pre-releases', () => {
    const r = semver([{ fixed: '1.11.2' }, { introduced: '0' }]);
    expect(check(r, '0.0.1')).toBe(true);
    expect(check(r, '1.11.2-rc.1')).toBe(true);
    expect(check(r, '1.11.2')).toBe(false);
  });

  it('fixed is exclusive, last_affected is inclusive', () => {
    const fixed = semver([{ introduced: '1.0.0' }, { fixed: '1.2.0' }]);
    const last = semver([{ introduced: '1.0.0' }, { last_affected: '1.2.0' }]);
    expect(check(fixed, '1.2.0')).toBe(false);
    expect(check(last, '1.2.0')).toBe(true);
    expect(check(last, '1.2.1')).toBe(false);
    expect(check(last, '1.2.1-alpha.1')).toBe(false);
  });

  it('pre-release ordering matters (csi-proxy CVE-2023-3893)', () => {
    const r = semver([{ introduced: '2.0.0-alpha.0' }, { fixed: '2.0.0-alpha.1' }, { introduced: '0' }, { fixed: '1.1.3' }]);
    expect(check(r, '2.0.0-alpha.0')).toBe(true);
    expect(check(r, '2.0.0-alpha.1')).toBe(false);
    expect(check(r, '2.0.0')).toBe(false);
    expect(check(r, '1.1.2')).toBe(true);
    expect(check(r, '1.1.3')).toBe(false);
    expect(check(r, '1.5.0')).toBe(false);
  });

  it('limit bounds the range from above, "*" is unbounded', () => {
    const r = semver([{ introduced: '1.0.0' }, { limit: '1.5.0' }]);
    expect(check(r, '1.4.9')).toBe(true);
    expect(check(r, '1.5.0')).toBe(false);
    expect(check(semver([{ introduced: '1.0.0' }, { limit: '*' }]), '9.0.0')).toBe(true);
  });

  it('an open-ended introduced affects every later version', () => {
    expect(check(semver([{ introduced: '1.3.0' }]), '1.99.0')).toBe(true);
    expect(check(semver([{ introduced: '1.3.0' }]), '1.2.9')).toBe(false);
  });

  it('a version between two branches is not affected', () => {
    const r = semver([{ introduced: '1.20.0' }, { fixed: '1.20.5' }, { introduced: '1.21.0' }, { fixed: '1.21.1' }]);
    expect(check(r, '1.20.9')).toBe(false);
    expect(check(r, '1.21.0')).toBe(true);
  });

  it('never compares Go module versions: 0.28.4 is below every 1.x release', () => {
    expect(check(semver([{ introduced: '1.28.0' }, { fixed: '1.28.4' }]), '0.28.3')).toBe(false);
  });
});
