import { describe, expect, it } from 'vitest';
import { formatSemver } from '../../vulndb/semver-version.js';
import { parseComponentVersion } from './parse-component-version.js';

describe('parseComponentVersion', () => {
  it.each([
    ['v1.29.3', '1.29.3', undefined],
    ['v1.29.8-eks-a737599', '1.29.8', 'eks'],
    ['v1.30.5-gke.1014001', '1.30.5', 'gke'],
    ['v1.28.9+k3s1', '1.28.9', 'k3s'],
    ['v1.27.10+rke2r1', '1.27.10', 'rke2'],
    ['v1.25.5-r0-25.1.27.6', '1.25.5', 'cce'],
    ['v1.29.8+f10c92d', '1.29.8', 'openshift'],
    ['v1.31.0-rc.1', '1.31.0-rc.1', undefined],
    ['v1.32.0-alpha.3', '1.32.0-alpha.3', undefined],
    ['3.5.12-0', '3.5.12', undefined],
    ['1.7.11-1', '1.7.11', undefined],
    ['v1.30.0-minimal-eksbuild.3', '1.30.0', 'other'],
    ['1.11.1-eksbuild.9', '1.11.1', 'eks'],
    ['1.7.0', '1.7.0', undefined],
    ['v0.44.0', '0.44.0', undefined],
  ])('%s → %s (%s)', (raw, base, vendor) => {
    const v = parseComponentVersion(raw);
    expect(v && formatSemver(v.version)).toBe(base);
    expect(v?.vendor).toBe(vendor);
  });

  it.each(['latest', '', 'stable-alpine', 'sha256:abc'])('returns undefined for %j', (raw) => {
    expect(parseComponentVersion(raw)).toBeUndefined();
  });
});
