import { SCAN_TYPES, type ScanType } from '../../src/domain/scan-types.js';
import { scanCluster } from '../../src/engine/cluster/scan-cluster.js';
import { BUNDLED_VULN_DB } from '../../src/engine/vulndb/bundled-vuln-db.js';
import { generateCluster } from './generate-cluster.js';

// One benchmark cell, run by bench-cluster.ts in a fresh process: node --import tsx worker.ts PODS ITEM RUNS
const [podsArg, item, runsArg] = process.argv.slice(2);
const pods = Number(podsArg);
const runs = Number(runsArg ?? 5);
const scanTypes: readonly ScanType[] = item === 'all' ? SCAN_TYPES : [item as ScanType];
const snapshot = generateCluster(pods);
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const generatedRss = process.memoryUsage().rss;
const now = Date.parse('2026-12-04T00:00:00Z');
const times: number[] = [];
let findings = 0;
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  const doc = scanCluster(snapshot, { now, scanTypes, vulnDb: BUNDLED_VULN_DB });
  times.push(performance.now() - start);
  findings = doc.vulnerabilities.length + doc.risks.length + doc.benchmark.filter((b) => b.status === 'fail').length;
}
times.sort((a, b) => a - b);
const mb = (bytes: number) => bytes / 1024 / 1024;
console.log(JSON.stringify({
  objects: snapshot.objects.length, runs, medianMs: times[Math.floor(times.length / 2)], minMs: times[0], maxMs: times[times.length - 1],
  generatedRssMb: mb(generatedRss), peakRssMb: process.resourceUsage().maxRSS / 1024, heapAfterMb: mb(process.memoryUsage().heapUsed), findings,
}));
