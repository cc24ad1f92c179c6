import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildVulnDb } from './build-vuln-db.js';
import { BUNDLED_VULN_DB } from './bundled-vuln-db.js';
import type { SourceRecord } from './source-record.js';

const base = (over: Partial<SourceRecord>): SourceRecord => ({
  id: 'CVE-2099-1', aliases: [], published: null, summary: 'summary line\nmore', affected: [], cvss: null, references: [], source: 'osv', ...over,
});
const kubelet = (constraint: string) => ({ component: 'kubelet' as const, ranges: [{ kind: 'constraint' as const, constraint }], versions: [], fixedVersions: [] });
const proxy = (constraint: string) => ({ ...kubelet(constraint), component: 'kube-proxy' as const });

describe('buildVulnDb', () => {
  it('ORs the ranges of OSV and stackrox per component, lists OSV first, and records who decided', () => {
    const db = buildVulnDb([
      base({ source: 'stackrox', affected: [kubelet('< 9.0.0'), proxy('< 1.2.0')], cvss: { vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', score: 9.8 }, references: ['b'] }),
      base({ source: 'osv', affected: [kubelet('< 1.0.0')], published: '2099-01-01T00:00:00Z', references: ['a', 'b'] }),
    ], '2099-01-02T00:00:00Z', [], {});
    const rec = db.records[0]!;
    expect(rec.affected).toEqual([
      { ...kubelet('< 1.0.0'), ranges: [...kubelet('< 1.0.0').ranges, ...kubelet('< 9.0.0').ranges] },
      proxy('< 1.2.0'),
    ]);
    expect(rec.provenance).toEqual({ rangesFrom: 'osv+stackrox', sources: ['osv', 'stackrox'] });
    expect(rec.severity).toBe('critical');
    expect(rec.references).toEqual(['a', 'b']);
    expect(rec.title).toBe('summary line');
  });

  it('drops curated ranges once an upstream source covers the component', () => {
    const db = buildVulnDb([
      base({ source: 'curated', affected: [kubelet('< 2.0.0'), proxy('< 3.0.0')] }),
      base({ source: 'feed', affected: [kubelet('< 1.5.0')] }),
    ], '2099-01-02T00:00:00Z', [], {});
    expect(db.records[0]?.affected).toEqual([kubelet('< 1.5.0'), proxy('< 3.0.0')]);
    expect(db.records[0]?.provenance.rangesFrom).toBe('feed+curated');
  });

  it('uses curated titles and preconditions, and rates unrated advisories medium', () => {
    const db = buildVulnDb([base({ affected: [kubelet('< 1.0.0')] })], '2099-01-02T00:00:00Z', [],
      { 'CVE-2099-1': { title: 'Our title', preconditions: ['windows_node'] } });
    expect(db.records[0]).toMatchObject({ title: 'Our title', preconditions: ['windows_node'], severity: 'medium', cvss: null });
  });

  it('uses a GHSA label when there is no vector', () => {
    const db = buildVulnDb([base({ affected: [kubelet('< 1')], labelSeverity: 'low' })], '2099-01-02T00:00:00Z', [], {});
    expect(db.records[0]?.severity).toBe('low');
  });
});

describe('bundled database', () => {
  it('holds the merged feeds plus curated CVEs, each with a title and a severity', () => {
    const ids = BUNDLED_VULN_DB.records.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['CVE-2023-5528', 'CVE-2025-0426', 'CVE-2025-1974', 'CVE-2024-10220', 'CVE-2017-14491']));
    expect(new Set(ids).size).toBe(ids.length);
    const nightmare = BUNDLED_VULN_DB.records.find((r) => r.id === 'CVE-2025-1974');
    expect(nightmare).toMatchObject({ severity: 'critical', cvss: { score: 9.8 }, preconditions: ['ingress_nginx_admission_webhook'] });
  });

  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
  const feeds = resolve(repoRoot, '..', 'shared', 'data', 'k8s-cves');
  it.runIf(existsSync(feeds))('is what scripts/generate-vulndb.ts produces from ../shared/data/k8s-cves', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/generate-vulndb.ts', '--check'], { cwd: repoRoot });
    expect(stdout).toMatch(/up to date/);
  }, 60_000);
  if (!existsSync(feeds)) console.log(`skipping generator check: ${feeds} is absent`);
});
