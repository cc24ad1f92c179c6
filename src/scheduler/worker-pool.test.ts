import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewTask, Storage } from '../storage/ports.js';
import { openTestStorage } from '../tasks/testing/open-test-storage.js';
import type { WorkUnitExecutor } from '../tasks/work-unit-executor.js';
import type { SchedulerLogger } from './scheduler-logger.js';
import { WorkerPool } from './worker-pool.js';

const scope = { projectId: 'p1', eps: '*' as const };

function taskWithFiles(fileIds: readonly string[]): NewTask {
  return {
    id: randomUUID(), projectId: 'p1', enterpriseProjectId: '0', type: 'iac_scan', name: 't', triggerType: 'manual', createdAt: Date.now(),
    iac: { fileType: 'k8s_yaml' }, resources: fileIds.map((id) => ({ resourceId: id, name: id, fileType: 'k8s_yaml' as const, size: 1 })),
  };
}

async function uploadFiles(storage: Storage, n: number): Promise<string[]> {
  const files = Array.from({ length: n }, (_, i) => ({
    id: randomUUID(), projectId: 'p1', enterpriseProjectId: '0', name: `f${i}.yaml`, fileType: 'k8s_yaml' as const, size: 1,
    uploadedAt: 0, scanType: 'manual_scan' as const, cicdId: undefined, cicdName: undefined, content: new Uint8Array([0x61]),
  }));
  await storage.files.insertFiles(files);
  return files.map((f) => f.id);
}

async function until(probe: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('WorkerPool', () => {
  let storage: Storage;
  let dispose: () => Promise<void>;
  const errors: string[] = [];
  const logger: SchedulerLogger = { info: () => undefined, warn: () => undefined, error: (_o, m) => errors.push(m) };
  const options = { concurrency: 3, leaseMs: 2_000, heartbeatMs: 50, pollIntervalMs: 10, sweepIntervalMs: 50, stopGraceMs: 100, logger };

  beforeEach(async () => {
    ({ storage, dispose } = await openTestStorage());
    errors.length = 0;
  });
  afterEach(async () => dispose());

  it('runs every unit once with parallel loops and finishes the tasks', async () => {
    const calls: string[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const executor: WorkUnitExecutor = {
      async execute(input) {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        calls.push(input.unit.id);
        await new Promise((r) => setTimeout(r, 20));
        inFlight -= 1;
        return input.kind === 'iac' && input.file.name === 'f3.yaml' ? { status: 'failed', failedReason: 'cannot parse' } : { status: 'success', findings: [] };
      },
    };
    const ids = await uploadFiles(storage, 12);
    const a = taskWithFiles(ids.slice(0, 6));
    const b = taskWithFiles(ids.slice(6));
    await storage.tasks.createTasks([a, b]);
    const pool = new WorkerPool({ storage, executor, ...options });
    pool.start();
    await until(async () => (await storage.tasks.countTasks(scope, 'iac_scan')).total === 2 && (await storage.tasks.listTasks(scope, { type: 'iac_scan', sortDir: 'asc', status: 'finished' }, { offset: 0, limit: 10 })).total === 2);
    await pool.stop();
    expect(calls.length).toBe(12);
    expect(new Set(calls).size).toBe(12);
    expect(maxInFlight).toBeGreaterThan(1);
    expect((await storage.tasks.getTask(scope, a.id))?.iac?.counters).toEqual({ scanning: 0, success: 5, failed: 1 });
    expect((await storage.tasks.getTask(scope, b.id))?.iac?.counters).toEqual({ scanning: 0, success: 6, failed: 0 });
    expect(errors).toEqual([]);
  });

  it('turns an executor error into a failed resource with the message', async () => {
    const executor: WorkUnitExecutor = { execute: async () => { throw new Error('boom'); } };
    const [id] = await uploadFiles(storage, 1);
    const t = taskWithFiles([id!]);
    await storage.tasks.createTasks([t]);
    const pool = new WorkerPool({ storage, executor, ...options });
    pool.start();
    await until(async () => (await storage.tasks.getTask(scope, t.id))?.status === 'finished');
    await pool.stop();
    const res = await storage.tasks.listIacResources(t.id, {}, { offset: 0, limit: 10 });
    expect(res.items[0]).toMatchObject({ status: 'failed', failedReason: 'scan error: boom' });
  });

  it('stop() releases a unit that outlives the grace period', async () => {
    let started = false;
    const executor: WorkUnitExecutor = {
      execute: (_input, ctx) => new Promise((resolve) => {
        started = true;
        ctx.signal.addEventListener('abort', () => resolve({ status: 'success', findings: [] }));
      }),
    };
    const [id] = await uploadFiles(storage, 1);
    const t = taskWithFiles([id!]);
    await storage.tasks.createTasks([t]);
    const pool = new WorkerPool({ storage, executor, ...options, concurrency: 1 });
    pool.start();
    await until(async () => started);
    await pool.stop();
    expect(pool.running).toBe(false);
    const again = await storage.queue.claim('other', Date.now(), 1_000);
    expect(again).toMatchObject({ fileId: id, attempts: 1 });
    expect((await storage.tasks.getTask(scope, t.id))?.iac?.counters.scanning).toBe(1);
  });

  it('keeps looping when storage fails, and recovers', async () => {
    let failing = true;
    const q = storage.queue;
    const flaky: Storage = {
      ...storage,
      queue: {
        claim: async (...a) => { if (failing) throw new Error('database is locked'); return q.claim(...a); },
        heartbeat: (...a) => q.heartbeat(...a), complete: (...a) => q.complete(...a), release: (...a) => q.release(...a),
        reclaimExpired: (...a) => q.reclaimExpired(...a), registerWorker: (...a) => q.registerWorker(...a),
        unregisterWorker: (...a) => q.unregisterWorker(...a), estimateInputs: (...a) => q.estimateInputs(...a),
      },
    };
    const [id] = await uploadFiles(storage, 1);
    const t = taskWithFiles([id!]);
    await storage.tasks.createTasks([t]);
    const pool = new WorkerPool({ storage: flaky, executor: { execute: async () => ({ status: 'success', findings: [] }) }, ...options, concurrency: 1 });
    pool.start();
    await until(async () => errors.length >= 2);
    failing = false;
    await until(async () => (await storage.tasks.getTask(scope, t.id))?.status === 'finished');
    await pool.stop();
  });
});
