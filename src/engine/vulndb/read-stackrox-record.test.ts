import { describe, expect, it } from 'vitest';
import { isAffected } from './match-affected.js';
import { readStackroxRecord } from './read-stackrox-record.js';
import { parseSemver } from './semver-version.js';

describe('readStackroxRecord', () => {
  const rec = readStackroxRecord({
    cve: 'CVE-2025-0426', issueUrl: 'https://github.com/kubernetes/kubernetes/issues/130016', published: '2025-02-06T00:00Z',
    components: ['kubelet'],
    cvss: { kubernetes: { scoreV3: 6.2, vectorV3: 'CVSS:3.1/AV:L/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' } },
    affected: [{ range: '< 1.29.14', fixedBy: '1.29.14' }, { range: '>= 1.30, <= 1.30.9', fixedBy: '1.30.10' }],
  });

  it('maps binaries to components, keeps constraints and normalises the date', () => {
    expect(rec.affected.map((a) => a.component)).toEqual(['kubelet']);
    expect(rec.published).toBe('2025-02-06T00:00:00Z');
    expect(rec.cvss).toEqual({ vector: 'CVSS:3.1/AV:L/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', score: 6.2 });
    const a = rec.affected[0]!;
    expect(['1.29.13', '1.30.0', '1.30.9'].map((v) => isAffected(parseSemver(v)!, a))).toEqual([true, true, true]);
    expect(['1.29.14', '1.30.10', '1.31.0'].map((v) => isAffected(parseSemver(v)!, a))).toEqual([false, false, false]);
  });

  it('treats a record without components as the whole release', () => {
    const r = readStackroxRecord({ cve: 'CVE-2020-8554', affected: [{ range: '>= 0.0.0' }], cvss: {} });
    expect(r.affected[0]?.component).toBe('kubernetes');
    expect(r.cvss).toBeNull();
  });

  it.each([
    [{ cve: 'CVE-1', components: ['kube-foo'], affected: [{ range: '< 1' }] }, /unknown component kube-foo/],
    [{ cve: 'CVE-1', affected: [{ range: '~> 1.2' }] }, /cannot read constraint/],
    [{ cve: 'CVE-1', affected: [] }, /no affected ranges/],
    [{ cve: 'CVE-1', affected: [{ range: '< 1.2', fixedBy: 'soon' }] }, /bad fixedBy/],
    ['nonsense', /no cve id/],
  ])('rejects malformed records clearly', (value, message) => {
    expect(() => readStackroxRecord(value)).toThrow(message);
  });
});
