/**
 * Collector speed against the fake API server with a large snapshot. Prints figures only.
 *
 *   npm run bench:collector -- [pods=10000] [runs=5]
 *
 * Compares our paged raw-JSON collection (library auth/TLS) with listing the same pods
 * through the typed @kubernetes/client-node API, and times cluster_vul on the result.
 */
import { loadavg } from 'node:os';
import { CoreV1Api } from '@kubernetes/client-node';
import { collectClusterSnapshot } from '../../src/collectors/kubernetes/collect-cluster-snapshot.js';
import { loadKubeConfig } from '../../src/collectors/kubernetes/load-kube-config.js';
import { scanClusterVulnerabilities } from '../../src/engine/cluster/vulnerabilities/scan-cluster-vulnerabilities.js';
import { BUNDLED_VULN_DB } from '../../src/engine/vulndb/bundled-vuln-db.js';
import { largeCluster } from '../../test/fixtures/clusters/large-cluster.js';
import { startFakeKubeApi } from '../../test/fake-kube-api/fake-kube-api-server.js';

const pods = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 5);
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)] ?? NaN; };
const mib = (b: number) => (b / 1024 / 1024).toFixed(0);

const snapshot = largeCluster(pods);
const api = await startFakeKubeApi({ snapshot, forbidden: ['nodes/proxy'] });
const kc = loadKubeConfig({ text: api.kubeconfig() });
console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (server and client share this process)`);
console.log(`fake API server: ${snapshot.objects.length} objects (${pods} pods), served JSON ≈ ${mib(Buffer.byteLength(JSON.stringify(snapshot.objects)))} MiB`);

async function measure(label: string, fn: () => Promise<number>): Promise<number> {
  const times: number[] = [];
  let count = 0;
  let peakHeap = 0;
  for (let i = 0; i < runs; i++) {
    global.gc?.();
    const timer = setInterval(() => { peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed); }, 20);
    const t0 = performance.now();
    count = await fn();
    times.push(performance.now() - t0);
    clearInterval(timer);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const m = median(times);
  console.log(`${label.padEnd(44)} median ${m.toFixed(0).padStart(6)} ms  (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})  ${count} objects  peak heap ${mib(peakHeap)} MiB`);
  return m;
}

let collected = snapshot;
for (const pageSize of [500, 100]) {
  for (const concurrency of [4, 1]) {
    await measure(`collect all, page ${pageSize}, concurrency ${concurrency}`, async () => {
      const { snapshot: s } = await collectClusterSnapshot(kc, { pageSize, concurrency });
      collected = s;
      return s.objects.length;
    });
  }
}
const ours = await measure('pods only, ours (raw JSON, page 500)', async () => {
  const { snapshot: s } = await collectClusterSnapshot(kc, { pageSize: 500, kubeletConfigz: false,
    resources: [{ name: 'pods', group: '', version: 'v1', plural: 'pods', kind: 'Pod' }] });
  return s.objects.length;
});
const core = kc.makeApiClient(CoreV1Api);
const typed = await measure('pods only, typed client listPodForAllNamespaces', async () => {
  let n = 0;
  let token: string | undefined;
  do {
    const page = await core.listPodForAllNamespaces({ limit: 500, ...(token ? { _continue: token } : {}) });
    n += page.items.length;
    token = page.metadata?._continue;
  } while (token);
  return n;
});
console.log(`typed client / ours on pods: ${(typed / ours).toFixed(2)}x`);

const scanTimes: number[] = [];
let vulns = 0;
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  vulns = scanClusterVulnerabilities(collected, BUNDLED_VULN_DB, Date.now()).vulnerabilities.length;
  scanTimes.push(performance.now() - t0);
}
console.log(`cluster_vul over the collected snapshot: median ${median(scanTimes).toFixed(0)} ms, ${vulns} rows`);
await api.close();
