import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadVulnDb } from '../../collectors/vulndb/vuln-db-store.js';
import { main } from '../main.js';
import { runCli } from '../testing/run-cli.js';

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'bulwark-db-cli-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

const advisory = (id: string, name: string, fixed: string) => ({
  id, published: '2026-11-30T00:00:00Z', summary: 'A kubelet flaw',
  affected: [{ package: { ecosystem: 'Kubernetes', name }, severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H' }],
    ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed }] }] }],
  references: [{ type: 'ADVISORY', url: 'https://example.test/advisory' }],
});

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const so = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => { out += String(c); return true; });
  const se = vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => { err += String(c); return true; });
  try {
    return { code: await main(args), out, err };
  } finally {
    so.mockRestore();
    se.mockRestore();
  }
}

describe('bulwark db update', () => {
  it('merges a directory feed over the bundled database and the scan loads it', async () => {
    const feed = join(dir, 'feed');
    await mkdir(feed);
    await writeFile(join(feed, 'CVE-2026-9999.json'), JSON.stringify(advisory('CVE-2026-9999', 'k8s.io/kubelet', '1.34.3')));
    await writeFile(join(feed, 'npm.json'), JSON.stringify({ id: 'GHSA-xxxx', affected: [{ package: { ecosystem: 'npm', name: 'left-pad' }, ranges: [] }] }));
    const dataDir = join(dir, 'data');
    const { code, out, err } = await run('db', 'update', '--from', feed, '--data-dir', dataDir);
    expect(code).toBe(0);
    expect(out).toMatch(/CVEs \(1 advisories from the feed\) written to .*k8s-cves\.json/);
    expect(err).toMatch(/skipped .*npm\.json: affected\[0\] package left-pad/);
    const db = await loadVulnDb(dataDir);
    const rec = db.records.find((r) => r.id === 'CVE-2026-9999');
    expect(rec).toMatchObject({ severity: 'high', title: 'A kubelet flaw', provenance: { rangesFrom: 'feed' } });
    expect(db.records.some((r) => r.id === 'CVE-2021-25741')).toBe(true);
  });

  it('refuses a feed with an invalid range and writes nothing', async () => {
    const file = join(dir, 'bad.json');
    await writeFile(file, JSON.stringify([advisory('CVE-2026-1', 'k8s.io/kubelet', 'not-a-version')]));
    const dataDir = join(dir, 'data-bad');
    const run = await runCli(['db', 'update', '--from', file, '--data-dir', dataDir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Invalid OSV feed: .*bad\.json: .*not-a-version/);
    await expect(readFile(join(dataDir, 'vulndb', 'k8s-cves.json'))).rejects.toThrow(/ENOENT/);
  });

  it('fetches a URL feed', async () => {
    const { updateVulnDb } = await import('../../collectors/vulndb/update-vuln-db.js');
    const fake = (async () => new Response(JSON.stringify([advisory('CVE-2026-8888', 'k8s.io/ingress-nginx', '1.14.9')]), { status: 200 })) as typeof fetch;
    const update = await updateVulnDb('https://feed.example.test/osv.json', Date.parse('2026-12-01T00:00:00Z'), fake);
    expect(update.db.records.find((r) => r.id === 'CVE-2026-8888')?.affected[0]?.component).toBe('ingress-nginx');
    const failing = (async () => new Response('nope', { status: 503 })) as typeof fetch;
    await expect(updateVulnDb('https://feed.example.test/osv.json', 0, failing)).rejects.toThrow(/answered HTTP 503/);
  });

  it('rejects a stored database that fails validation', async () => {
    const dataDir = join(dir, 'data-corrupt');
    await mkdir(join(dataDir, 'vulndb'), { recursive: true });
    await writeFile(join(dataDir, 'vulndb', 'k8s-cves.json'), '{"schemaVersion": 1}');
    await expect(loadVulnDb(dataDir)).rejects.toThrow(/is not a valid database .*generatedAt/);
  });
});
