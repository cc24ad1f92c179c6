import { randomUUID } from 'node:crypto';
import type { ScanType, TaskStatus } from '../../src/domain/scan-types.js';
import type { NewTask } from '../../src/storage/ports.js';

export const BENCH_PROJECT = 'b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0';
export const BENCH_START = Date.UTC(2025, 0, 1);
export const BENCH_SPAN_MS = 365 * 24 * 3_600_000;

// 50 team words; a fuzzy search for one of them matches about 2% of the tasks.
const TEAMS = [
  'orion', 'lyra', 'vega', 'altair', 'deneb', 'rigel', 'sirius', 'castor', 'pollux', 'antares', 'spica', 'arcturus', 'capella',
  'aldebaran', 'betelgeuse', 'procyon', 'achernar', 'hadar', 'acrux', 'mimosa', 'shaula', 'bellatrix', 'elnath', 'miaplacidus',
  'alnilam', 'alnair', 'alioth', 'dubhe', 'mirfak', 'wezen', 'sargas', 'kaus', 'avior', 'alkaid', 'menkalinan', 'atria', 'alhena',
  'peacock', 'alsephina', 'mirzam', 'alphard', 'polaris', 'hamal', 'algieba', 'diphda', 'nunki', 'menkent', 'mirach', 'alpheratz', 'rasalhague',
];
const STAGES = ['build', 'staging', 'prod', 'nightly', 'release'];

/** Deterministic pseudo-random stream so every run loads the same data set. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * `count` tasks over a year: 90% iac_scan / 10% cluster_scan, 10% scheduled, 97% finished,
 * 2% running, 1% ready, 10% in EP "ep-1", names `<team>-<stage>-<n>`.
 */
export function* generateTasks(count: number, batchSize: number, seed = 42): Generator<NewTask[]> {
  const rnd = lcg(seed);
  let batch: NewTask[] = [];
  for (let i = 0; i < count; i++) {
    const cluster = rnd() < 0.1;
    const r = rnd();
    const status: TaskStatus = r < 0.97 ? 'finished' : r < 0.99 ? 'running' : 'ready';
    const team = TEAMS[Math.floor(rnd() * TEAMS.length)]!;
    const stage = STAGES[Math.floor(rnd() * STAGES.length)]!;
    const createdAt = BENCH_START + Math.floor((i / count) * BENCH_SPAN_MS);
    const files = 1 + Math.floor(rnd() * 5);
    const scanTypes: ScanType[] = rnd() < 0.5 ? ['cluster_vul', 'risk_assessment', 'benchmark'] : ['benchmark'];
    batch.push({
      id: randomUUID(),
      projectId: BENCH_PROJECT,
      enterpriseProjectId: rnd() < 0.1 ? 'ep-1' : '0',
      type: cluster ? 'cluster_scan' : 'iac_scan',
      name: `${team}-${stage}-${i}`,
      triggerType: rnd() < 0.1 ? 'schedule' : 'manual',
      createdAt,
      ...(cluster ? { cluster: { scanTypes, rangeType: 'all_cluster' as const } } : { iac: { fileType: rnd() < 0.5 ? 'dockerfile' as const : 'k8s_yaml' as const } }),
      resources: [],
      preset: {
        status,
        finishedAt: status === 'finished' ? createdAt + 60_000 : undefined,
        success: status === 'finished' ? files : 0,
        failed: 0,
        resourceTotal: files,
      },
    });
    if (batch.length === batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
