import { describe, expect, it } from 'vitest';
import { defaultTaskName } from './default-task-name.js';
import { DEFAULT_UNIT_MS, estimateMinutes } from './estimate-minutes.js';

describe('estimateMinutes', () => {
  it('is 0 once finished or when nothing remains', () => {
    expect(estimateMinutes({ type: 'iac_scan', status: 'finished', remainingUnits: 5 }, { meanUnitMs: {}, liveConcurrency: 1 })).toBe(0);
    expect(estimateMinutes({ type: 'iac_scan', status: 'running', remainingUnits: 0 }, { meanUnitMs: {}, liveConcurrency: 1 })).toBe(0);
  });

  it('divides remaining work by live concurrency and rounds up to minutes', () => {
    const inputs = { meanUnitMs: { cluster_scan: 90_000 }, liveConcurrency: 3 };
    // 10 units × 90 s ÷ 3 workers = 300 s = 5 min
    expect(estimateMinutes({ type: 'cluster_scan', status: 'running', remainingUnits: 10 }, inputs)).toBe(5);
    // 11 units → 330 s → 5.5 → 6
    expect(estimateMinutes({ type: 'cluster_scan', status: 'running', remainingUnits: 11 }, inputs)).toBe(6);
    // no live worker counts as one
    expect(estimateMinutes({ type: 'cluster_scan', status: 'ready', remainingUnits: 2 }, { ...inputs, liveConcurrency: 0 })).toBe(3);
    // unmeasured type falls back to the default
    expect(estimateMinutes({ type: 'iac_scan', status: 'ready', remainingUnits: 60 }, { meanUnitMs: {}, liveConcurrency: 1 })).toBe(Math.ceil((60 * DEFAULT_UNIT_MS.iac_scan) / 60_000));
    expect(estimateMinutes({ type: 'iac_scan', status: 'ready', remainingUnits: 1 }, { meanUnitMs: { iac_scan: 5 }, liveConcurrency: 8 })).toBe(1);
  });
});

describe('defaultTaskName', () => {
  it('uses the task type and the UTC creation time', () => {
    expect(defaultTaskName('cluster_scan', Date.UTC(2026, 11, 31, 23, 59, 58))).toBe('cluster_scan_20261231235958');
  });
});
