import { describe, expect, it } from 'vitest';
import { isAffected } from './match-affected.js';
import { readOsvRecord } from './read-osv-record.js';
import { parseSemver } from './semver-version.js';

const affectedBy = (rec: ReturnType<typeof readOsvRecord>['record'], component: string, v: string) => {
  const entry = rec?.affected.find((a) => a.component === component);
  return entry !== undefined && isAffected(parseSemver(v)!, entry);
};

describe('readOsvRecord', () => {
  it('reads a Kubernetes feed record with a lowercase ecosystem and keeps the vector', () => {
    const { record, skipped } = readOsvRecord({
      id: 'CVE-2023-5528', published: '2023-11-14T00:00:00Z', summary: 'x',
      affected: [{ package: { ecosystem: 'kubernetes', name: 'k8s.io/kubelet' },
        severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H' }],
        ranges: [{ type: 'SEMVER', events: [{ introduced: '1.28.0' }, { fixed: '1.28.4' }, { introduced: '1.8.0' }, { fixed: '1.25.16' }] }] }],
      references: [{ type: 'ADVISORY', url: 'https://github.com/kubernetes/kubernetes/issues/121879' }],
    });
    expect(skipped).toEqual([]);
    expect(record?.cvss?.vector).toContain('PR:H');
    expect(record?.affected[0]?.fixedVersions).toEqual(['1.25.16', '1.28.4']);
    expect(affectedBy(record, 'kubelet', '1.28.3')).toBe(true);
    expect(affectedBy(record, 'kubelet', '1.25.15')).toBe(true);
    expect(affectedBy(record, 'kubelet', '1.26.0')).toBe(false);
    expect(affectedBy(record, 'kubelet', '1.28.4')).toBe(false);
  });

  it('accepts the official "Kubernetes" spelling of the ecosystem', () => {
    const { record } = readOsvRecord({ id: 'CVE-1', affected: [{ package: { ecosystem: 'Kubernetes', name: 'k8s.io/apiserver' },
      ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.2.0' }] }] }] });
    expect(record?.affected[0]?.component).toBe('kube-apiserver');
  });

  it('merges the three GHSA entries of one package and keys the record by its CVE alias', () => {
    const { record } = readOsvRecord({
      id: 'GHSA-crp2-qrr5-8pq7', aliases: ['CVE-2022-23648'], database_specific: { severity: 'MODERATE' },
      affected: [['0', '1.4.13'], ['1.5.0', '1.5.10'], ['1.6.0', '1.6.1']].map(([i, f]) => ({
        package: { ecosystem: 'Go', name: 'github.com/containerd/containerd' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: i }, { fixed: f }] }],
      })),
    });
    expect(record?.id).toBe('CVE-2022-23648');
    expect(record?.aliases).toEqual(['GHSA-crp2-qrr5-8pq7']);
    expect(record?.labelSeverity).toBe('medium');
    expect(record?.affected).toHaveLength(1);
    expect(['1.4.12', '1.5.9', '1.6.0'].map((v) => affectedBy(record, 'containerd', v))).toEqual([true, true, true]);
    expect(['1.4.13', '1.5.10', '1.6.1'].map((v) => affectedBy(record, 'containerd', v))).toEqual([false, false, false]);
  });

  it('translates Go module versions of staging modules (v0.28.4 is release 1.28.4)', () => {
    const { record } = readOsvRecord({ id: 'GHSA-x', aliases: ['CVE-2099-1'], affected: [{
      package: { ecosystem: 'Go', name: 'k8s.io/kubelet' },
      ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '0.28.4' }] }] }] });
    expect(record?.affected[0]?.fixedVersions).toEqual(['1.28.4']);
    expect(affectedBy(record, 'kubelet', '1.28.3')).toBe(true);
    expect(affectedBy(record, 'kubelet', '1.28.4')).toBe(false);
  });

  it('skips packages that are not cluster components and GIT ranges, saying why', () => {
    const { record, skipped } = readOsvRecord({ id: 'CVE-2', affected: [
      { package: { ecosystem: 'npm', name: 'left-pad' }, ranges: [] },
      { package: { ecosystem: 'kubernetes', name: 'k8s.io/kubelet' }, ranges: [{ type: 'GIT', events: [{ introduced: 'abc' }] }] },
    ] });
    expect(record).toBeUndefined();
    expect(skipped.join('\n')).toMatch(/left-pad.*\n.*GIT range/s);
  });

  it('throws a clear error for an unparsable version in a range', () => {
    expect(() => readOsvRecord({ id: 'CVE-3', affected: [{ package: { ecosystem: 'kubernetes', name: 'k8s.io/kubelet' },
      ranges: [{ type: 'SEMVER', events: [{ introduced: 'banana' }] }] }] })).toThrow(/banana/);
  });

  it('rejects non-records without throwing', () => {
    expect(readOsvRecord(42).record).toBeUndefined();
    expect(readOsvRecord({ id: '' }).record).toBeUndefined();
  });
});
