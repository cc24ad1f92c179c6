import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench:cluster`: scans generated clusters of 1,000, 10,000 and 50,000 pods and
 * prints, per scan item and for all three together, the median scan time and the peak
 * memory. Each (size, item) runs in its own process so peak RSS belongs to that item alone.
 */
const SIZES = [1_000, 10_000, 50_000];
const ITEMS = ['cluster_vul', 'risk_assessment', 'benchmark', 'all'] as const;
const worker = fileURLToPath(new URL('./bench-cluster-worker.ts', import.meta.url));

interface WorkerResult {
  objects: number; runs: number; medianMs: number; minMs: number; maxMs: number;
  generatedRssMb: number; peakRssMb: number; heapAfterMb: number; findings: number;
}

console.log('bulwark scanCluster benchmark (Node %s, %d runs per cell, median reported)', process.version, 5);
console.log(['pods', 'objects', 'item', 'median ms', 'min ms', 'max ms', 'rss after generate MB', 'peak rss MB', 'findings'].join('\t'));
for (const pods of SIZES) {
  for (const item of ITEMS) {
    const runs = pods >= 50_000 ? 3 : 5;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--expose-gc', worker, String(pods), item, String(runs)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const r = JSON.parse(out.trim().split('\n').pop()!) as WorkerResult;
    console.log([pods, r.objects, item, r.medianMs.toFixed(0), r.minMs.toFixed(0), r.maxMs.toFixed(0), r.generatedRssMb.toFixed(0), r.peakRssMb.toFixed(0), r.findings].join('\t'));
  }
}
console.log('goal: 10,000 pods, all items, under 3,000 ms and under 500 MB peak');
