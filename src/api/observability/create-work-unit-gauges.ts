import type { GaugeSample } from './metrics-registry.js';

export interface WorkUnitGaugeOptions {
  /** Counts of work units by queue state (the storage port's countUnitsByStatus). */
  readonly count: () => Promise<Readonly<Record<string, number>>>;
  readonly clock: () => number;
  /** How long one reading is reused; scrapers and dashboards often hit /metrics together. */
  readonly ttlMs?: number;
}

// Always published, so a dashboard sees 0 rather than a missing series when a state is empty.
const KNOWN_STATES = ['pending', 'leased', 'done'] as const;
const HELP = 'Work units by queue state (pending: waiting for a worker, leased: being scanned, done: finished).';

/**
 * The `bulwark_work_units{status}` gauges, read at most once per `ttlMs`. Concurrent
 * scrapes while a read is in flight share it; a failed read is not cached.
 */
export function createWorkUnitGauges(options: WorkUnitGaugeOptions): () => Promise<GaugeSample[]> {
  const ttlMs = options.ttlMs ?? 1_000;
  let cached: { readonly at: number; readonly reading: Promise<GaugeSample[]> } | undefined;
  return () => {
    const now = options.clock();
    if (cached !== undefined && now - cached.at < ttlMs && now >= cached.at) return cached.reading;
    const reading = options.count().then(toSamples);
    const entry = { at: now, reading };
    cached = entry;
    reading.catch(() => {
      if (cached === entry) cached = undefined;
    });
    return reading;
  };
}

function toSamples(counts: Readonly<Record<string, number>>): GaugeSample[] {
  const states = [...KNOWN_STATES, ...Object.keys(counts).filter((s) => !(KNOWN_STATES as readonly string[]).includes(s)).sort()];
  return states.map((status) => ({ name: 'bulwark_work_units', help: HELP, labels: { status }, value: counts[status] ?? 0 }));
}
