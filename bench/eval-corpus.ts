/**
 * `npm run eval`: scores the scanner against the peer fixtures of ../shared/corpus/index.json.
 * Each case file is scanned alone; a case counts findings of rules whose aliases contain
 * `union:<union_id>` or the peer rule id. Cases whose idea no rule of ours implements are
 * reported apart ("unmapped"), so the score reads as "how right are we where we claim coverage".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleMatchesRef } from '../src/engine/iac/rule-ref.js';
import { scanIac } from '../src/engine/iac/scan-iac.js';
import { ALL_RULES } from '../src/engine/rules/index.js';

interface CorpusCase {
  file: string;
  file_type: 'dockerfile' | 'k8s_yaml';
  source: string;
  peer_rule: string;
  union_id: string | null;
  expect: 'fire' | 'no-fire';
  note?: string;
}

const corpusDir = process.env['BULWARK_CORPUS_DIR'] ?? fileURLToPath(new URL('../../shared/corpus', import.meta.url));
const indexPath = join(corpusDir, 'index.json');
if (!existsSync(indexPath)) {
  console.log(`eval skipped: ${indexPath} not found (the shared corpus is not beside this checkout)`);
  process.exit(0);
}
const cases = JSON.parse(readFileSync(indexPath, 'utf8')) as CorpusCase[];
const verbose = process.argv.includes('--verbose');
const now = Date.now();

const refsOf = (c: CorpusCase) => [c.peer_rule, ...(c.union_id ? [`union:${c.union_id}`] : [])];
const rulesFor = (c: CorpusCase) => ALL_RULES.filter((r) => refsOf(c).some((ref) => ruleMatchesRef(r, ref)));

interface Tally { fire: number; fireOk: number; noFire: number; noFireOk: number; unmapped: number }
const tallies = new Map<string, Tally>();
const misses: string[] = [];
// Cases with a union id test the idea; cases without one test a peer's own variant of it.
const byUnion = { withId: { ok: 0, total: 0 }, withoutId: { ok: 0, total: 0 } };
const scanCache = new Map<string, ReturnType<typeof scanIac>>();
const started = performance.now();

for (const c of cases) {
  const t = tallies.get(c.source) ?? { fire: 0, fireOk: 0, noFire: 0, noFireOk: 0, unmapped: 0 };
  tallies.set(c.source, t);
  const rules = rulesFor(c);
  if (rules.length === 0) {
    t.unmapped++;
    continue;
  }
  let result = scanCache.get(c.file);
  if (!result) {
    const content = readFileSync(join(corpusDir, c.file));
    result = scanIac([{ path: c.file, content, fileType: c.file_type }], { now });
    scanCache.set(c.file, result);
  }
  const ids = new Set(rules.map((r) => r.id));
  const hits = result.findings.filter((f) => ids.has(f.ruleId));
  const failed = result.files.find((f) => f.status === 'failed');
  const ok = c.expect === 'fire' ? hits.length > 0 : hits.length === 0;
  if (c.expect === 'fire') { t.fire++; if (ok) t.fireOk++; } else { t.noFire++; if (ok) t.noFireOk++; }
  const bucket = c.union_id ? byUnion.withId : byUnion.withoutId;
  bucket.total++;
  if (ok) bucket.ok++;
  if (!ok) {
    const detail = failed ? `file failed: ${failed.error}` : c.expect === 'fire' ? `no finding of ${[...ids].join(',')}` : `fired ${hits.map((h) => `${h.ruleId}@${h.range?.startLine}`).join(',')}`;
    misses.push(`${c.expect.padEnd(7)} ${c.peer_rule} (${c.union_id ?? '-'}) ${c.file}: ${detail}${c.note ? ` [note: ${c.note}]` : ''}`);
  }
}

const pct = (a: number, b: number) => (b === 0 ? '  n/a' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
console.log('source         fire (hit/total)     no-fire (clean/total)  unmapped');
let all: Tally = { fire: 0, fireOk: 0, noFire: 0, noFireOk: 0, unmapped: 0 };
for (const [source, t] of [...tallies].sort()) {
  console.log(`${source.padEnd(14)} ${pct(t.fireOk, t.fire)} ${`${t.fireOk}/${t.fire}`.padEnd(12)} ${pct(t.noFireOk, t.noFire)} ${`${t.noFireOk}/${t.noFire}`.padEnd(14)} ${t.unmapped}`);
  all = { fire: all.fire + t.fire, fireOk: all.fireOk + t.fireOk, noFire: all.noFire + t.noFire, noFireOk: all.noFireOk + t.noFireOk, unmapped: all.unmapped + t.unmapped };
}
console.log(`${'all'.padEnd(14)} ${pct(all.fireOk, all.fire)} ${`${all.fireOk}/${all.fire}`.padEnd(12)} ${pct(all.noFireOk, all.noFire)} ${`${all.noFireOk}/${all.noFire}`.padEnd(14)} ${all.unmapped}`);
console.log(`mapped cases correct: ${all.fireOk + all.noFireOk}/${all.fire + all.noFire} (${pct(all.fireOk + all.noFireOk, all.fire + all.noFire).trim()}); ${cases.length} cases, ${scanCache.size} files scanned in ${(performance.now() - started).toFixed(0)} ms`);
console.log(`by union id: cases with one ${byUnion.withId.ok}/${byUnion.withId.total}, peer-specific cases without one ${byUnion.withoutId.ok}/${byUnion.withoutId.total}`);
console.log(`\n${misses.length} misses${verbose ? ':' : ' (run with --verbose to list them)'}`);
if (verbose) for (const m of misses) console.log(`  ${m}`);
