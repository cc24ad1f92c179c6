import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../testing/run-cli.js';

let out = '';
let err = '';
/** Runs the CLI and keeps what it printed in `out` / `err` for the assertions that follow. */
async function main(argv: readonly string[]): Promise<number> {
  const run = await runCli(argv);
  out = run.stdout;
  err = run.stderr;
  return run.code;
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bulwark-scan-'));
  mkdirSync(join(dir, 'k8s'));
  mkdirSync(join(dir, 'node_modules'));
  writeFileSync(join(dir, 'k8s', 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostPID: true\n  containers:\n    - name: c\n      image: busybox:1.36\n');
  writeFileSync(join(dir, 'node_modules', 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: hidden\n');
  writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine:3.20\nUSER 10001\n');
  writeFileSync(join(dir, 'README.md'), '# not scanned\n');
  writeFileSync(join(dir, '.bulwarkignore'), 'BW-DF-015 Dockerfile no healthcheck for a batch image\n');
  return dir;
}

describe('bulwark scan', () => {
  it('scans a directory recursively, skipping node_modules, honouring .bulwarkignore, as JSON', async () => {
    const dir = workspace();
    expect(await main(['scan', dir, '--format', 'json'])).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.files.map((f: { path: string }) => f.path).sort()).toEqual([join(dir, 'Dockerfile'), join(dir, 'k8s', 'pod.yaml')]);
    expect(doc.findings.some((f: { rule_id: string; file: string }) => f.rule_id === 'BW-K8S-003' && f.file === join(dir, 'k8s', 'pod.yaml'))).toBe(true);
    const healthcheck = doc.findings.find((f: { rule_id: string }) => f.rule_id === 'BW-DF-015');
    expect(healthcheck).toMatchObject({ suppressed: true, suppression: { source: 'ignore-file' } });
  });

  it('filters by severity and rule, and sets --exit-code only when unsuppressed findings remain', async () => {
    const dir = workspace();
    expect(await main(['scan', dir, '--format', 'json', '--severity', 'high', '--exit-code', '3'])).toBe(3);
    expect(JSON.parse(out).findings.every((f: { severity: string }) => f.severity === 'high')).toBe(true);
    expect(await main(['scan', dir, '--format', 'json', '--rules', 'trivy:KSV-0010', '--exit-code', '3'])).toBe(3);
    expect(new Set(JSON.parse(out).findings.map((f: { rule_id: string }) => f.rule_id))).toEqual(new Set(['BW-K8S-003']));
    expect(await main(['scan', dir, '--skip-rules', 'BW-K8S-003', '--rules', 'kube-linter:host-pid', '--exit-code', '3'])).toBe(2);
    expect(err).toMatch(/no rule matches/);
  });

  it('writes SARIF and JUnit to --output', async () => {
    const dir = workspace();
    const target = join(dir, 'report.sarif');
    expect(await main(['scan', join(dir, 'k8s'), '--format', 'sarif', '--output', target])).toBe(0);
    expect(JSON.parse(readFileSync(target, 'utf8')).version).toBe('2.1.0');
    expect(out).toBe('');
  });

  it('rejects bad options with exit code 2 and one clear line', async () => {
    expect(await main(['scan', '/nonexistent/path'])).toBe(2);
    expect(err).toMatch(/cannot read \/nonexistent\/path/);
    expect(await main(['scan', '.', '--severity', 'urgent'])).toBe(2);
    expect(await main(['scan', '.', '--format', 'xml'])).toBe(2);
  });
});

describe('bulwark rules', () => {
  it('lists every rule with metadata and aliases as JSON', async () => {
    expect(await main(['rules', '--format', 'json'])).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.schema_version).toBe(1);
    const rule = doc.rules.find((r: { id: string }) => r.id === 'BW-K8S-001');
    expect(Object.keys(rule)).toEqual(['id', 'title', 'severity', 'category', 'file_type', 'aliases', 'description', 'remediation', 'references']);
    expect(doc.rules.length).toBeGreaterThan(170);
    expect(doc.rules.some((r: { file_type: string }) => r.file_type === 'cluster')).toBe(true);
  });
});
