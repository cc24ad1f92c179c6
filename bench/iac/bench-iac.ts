/**
 * `npm run bench:iac`: generates a deterministic corpus in a temp directory (10,000 manifests,
 * one ~5 MB multi-document bundle, 2,000 Dockerfiles), then prints medians of several runs:
 * the full IaC scan (when src/engine/iac/scan-iac.ts exists), the manifest parser alone, and the
 * bare `yaml` parseAllDocuments and js-yaml loadAll of the same text for reference.
 * Figures are printed, never asserted. BENCH_RUNS sets the number of measured runs (default 5),
 * each after one warm-up run. On a shared machine wall times swing 2-3x with other load, so
 * the scan also prints the median process CPU time (user + system, GC threads included) and
 * the scan's share spent outside the parser.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import jsyaml from 'js-yaml';
import { parseAllDocuments } from 'yaml';
import { parseManifests } from '../../src/engine/iac/manifest/parse-manifests.js';
import type { SourceFile } from '../../src/engine/inputs/source-file.js';
import { generateIacCorpus } from './generate-iac-corpus.js';

type ScanIac = (files: readonly SourceFile[], options: { now: number }) => { files: unknown[]; findings: unknown[] };

const runs = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 5));
const dir = mkdtempSync(join(tmpdir(), 'bulwark-bench-iac-'));

/** One unmeasured warm-up run (JIT), then the medians of `runs` measured runs: wall and CPU ms. */
function measure(fn: () => void): { wall: number; cpu: number } {
  fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const usage = process.cpuUsage();
    const start = performance.now();
    fn();
    wall.push(performance.now() - start);
    const spent = process.cpuUsage(usage);
    cpu.push((spent.user + spent.system) / 1000);
  }
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { wall: mid(wall), cpu: mid(cpu) };
}

const median = (fn: () => void): number => measure(fn).wall;

const rate = (count: number, ms: number) => Math.round((count * 1000) / ms).toLocaleString('en-US');
const fmt = (ms: number) => `${ms.toFixed(0)} ms`;

async function loadScanIac(): Promise<ScanIac | undefined> {
  try {
    const mod = (await import('../../src/engine/iac/scan-iac.js')) as { scanIac?: ScanIac };
    return typeof mod.scanIac === 'function' ? mod.scanIac : undefined;
  } catch {
    return undefined;
  }
}

function measureSet(label: string, manifests: SourceFile[], all: SourceFile[], scanIac: ScanIac | undefined): void {
  const texts = manifests.map((f) => new TextDecoder().decode(f.content));
  const bytes = manifests.reduce((n, f) => n + f.content.byteLength, 0);
  let objects = 0;
  let fast = 0;
  let strict = 0;
  let errors = 0;
  for (const f of manifests) {
    const r = parseManifests(f);
    objects += r.objects.length;
    fast += r.stats?.fastDocuments ?? 0;
    strict += r.stats?.strictDocuments ?? 0;
    if (r.error !== undefined) errors++;
  }
  console.log(`\n== ${label}: ${manifests.length} manifest files, ${(bytes / 1048576).toFixed(2)} MiB, ${objects} Kubernetes objects` +
    (all.length > manifests.length ? `, plus ${all.length - manifests.length} Dockerfiles` : ''));
  console.log(`   documents on the fast path: ${fast}, on the yaml package: ${strict}, files failing to parse: ${errors}`);

  const parseMs = median(() => { for (const f of manifests) parseManifests(f); });
  const yamlMs = median(() => { for (const t of texts) for (const d of parseAllDocuments(t)) d.toJS(); });
  const yamlParseOnlyMs = median(() => { for (const t of texts) parseAllDocuments(t); });
  const jsyamlMs = median(() => { for (const t of texts) jsyaml.loadAll(t); });
  console.log(`   parseManifests (ours, decode+values+positions): ${fmt(parseMs)}  ${rate(manifests.length, parseMs)} files/s  ${rate(objects, parseMs)} docs/s  ${(bytes / 1048.576 / parseMs).toFixed(1)} MB/s`);
  console.log(`   yaml parseAllDocuments (no toJS):               ${fmt(yamlParseOnlyMs)}  ${rate(objects, yamlParseOnlyMs)} docs/s`);
  console.log(`   yaml parseAllDocuments + toJS:                  ${fmt(yamlMs)}  ${rate(objects, yamlMs)} docs/s`);
  console.log(`   js-yaml loadAll (values only, no ranges):       ${fmt(jsyamlMs)}  ${rate(objects, jsyamlMs)} docs/s`);
  console.log(`   ratio parse / yaml parseAllDocuments: ${(parseMs / yamlParseOnlyMs).toFixed(2)}   parse / js-yaml: ${(parseMs / jsyamlMs).toFixed(2)}`);
  if (!scanIac) {
    console.log('   full scan: src/engine/iac/scan-iac.ts not available; the figures above are the parser alone');
    return;
  }
  let findings = 0;
  const parseCpu = measure(() => { for (const f of manifests) parseManifests(f); }).cpu;
  const scan = measure(() => { findings = scanIac(all, { now: Date.UTC(2026, 11, 4) }).findings.length; });
  const scanMs = scan.wall;
  console.log(`   scanIac (parse + all rules + suppressions):     ${fmt(scanMs)}  ${rate(all.length, scanMs)} files/s  ${rate(objects, scanMs)} docs/s  (${findings} findings)`);
  console.log(`   scanIac by CPU time:                            ${fmt(scan.cpu)}  ${rate(objects, scan.cpu)} docs/s   parse CPU ${fmt(parseCpu)}; ` +
    `outside the manifest parser (rules, findings, Dockerfiles): ${(100 * (1 - parseCpu / scan.cpu)).toFixed(0)}%`);
  console.log(`   ratio scan / yaml parseAllDocuments: ${(scanMs / yamlParseOnlyMs).toFixed(2)}   scan / js-yaml: ${(scanMs / jsyamlMs).toFixed(2)}   scan / parseManifests: ${(scanMs / parseMs).toFixed(2)}`);
}

async function main(): Promise<void> {
  const started = performance.now();
  const corpus = generateIacCorpus(dir);
  const read = (path: string): SourceFile => ({ path: relative(dir, path), content: readFileSync(path) });
  const manifests = corpus.manifests.map(read);
  const dockerfiles = corpus.dockerfiles.map(read);
  const big = read(corpus.bigFile);
  console.log(`corpus generated in ${dir} in ${fmt(performance.now() - started)}; medians of ${runs} runs; node ${process.version}`);
  const scanIac = await loadScanIac();
  measureSet('corpus', manifests, [...manifests, ...dockerfiles], scanIac);
  measureSet('one ~5 MB multi-document file', [big], [big], scanIac);
  console.log(`\npeak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
}

try {
  await main();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
