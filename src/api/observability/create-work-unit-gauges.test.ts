import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Storage } from '../../storage/ports.js';
import { iacTask } from '../../storage/storage-contract.js';
import { openTestStorage } from '../../tasks/testing/open-test-storage.js';
import { createWorkUnitGauges } from './create-work-unit-gauges.js';
import { MetricsRegistry } from './metrics-registry.js';

describe('bulwark_work_units gauges', () => {
  let storage: Storage;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    ({ storage, dispose } = await openTestStorage());
  });
  afterEach(async () => dispose());

  it('renders the queue states of real SQLite storage in the /metrics text', async () => {
    await storage.tasks.createTasks([iacTask(), iacTask(), iacTask()]);
    const unit = await storage.queue.claim('w', 1, 60_000);
    await storage.queue.complete(unit!.id, 'w', { status: 'success', findings: [] }, 2);
    await storage.queue.claim('w', 3, 60_000);
    const gauges = createWorkUnitGauges({ count: () => storage.queue.countUnitsByStatus!(), clock: () => 0 });
    const text = new MetricsRegistry().render(await gauges());
    expect(text).toContain('# TYPE bulwark_work_units gauge');
    expect(text).toContain('bulwark_work_units{status="pending"} 1\n');
    expect(text).toContain('bulwark_work_units{status="leased"} 1\n');
    expect(text).toContain('bulwark_work_units{status="done"} 1\n');
  });

  it('publishes zeros for empty states and keeps unknown states', async () => {
    const gauges = createWorkUnitGauges({ count: async () => ({ leased: 2, paused: 1 }), clock: () => 0 });
    expect((await gauges()).map((g) => [g.labels['status'], g.value])).toEqual([['pending', 0], ['leased', 2], ['done', 0], ['paused', 1]]);
  });

  it('reads storage at most once per second, and retries after a failure', async () => {
    let now = 1_000;
    let reads = 0;
    let fail = false;
    const gauges = createWorkUnitGauges({
      count: async () => {
        reads++;
        if (fail) throw new Error('database is locked');
        return { pending: reads };
      },
      clock: () => now,
    });
    await Promise.all([gauges(), gauges()]);
    now += 999;
    expect((await gauges())[0]?.value).toBe(1);
    expect(reads).toBe(1);
    now += 1;
    fail = true;
    await expect(gauges()).rejects.toThrow('database is locked');
    fail = false;
    expect((await gauges())[0]?.value).toBe(3);
    expect(reads).toBe(3);
  });
});
