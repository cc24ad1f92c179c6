import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Storage } from '../storage/ports.js';
import type { WorkUnitExecutor } from '../tasks/work-unit-executor.js';
import { InterruptibleSleep } from './interruptible-sleep.js';
import { LeaseSweeper } from './lease-sweeper.js';
import type { SchedulerLogger } from './scheduler-logger.js';
import { SILENT_LOGGER, errorDetails } from './scheduler-logger.js';
import { WorkerLoop } from './worker-loop.js';

export interface WorkerPoolOptions {
  readonly storage: Storage;
  readonly executor: WorkUnitExecutor;
  /** Parallel worker loops in this process (config `workers`). */
  readonly concurrency: number;
  readonly leaseMs: number;
  readonly heartbeatMs: number;
  readonly pollIntervalMs: number;
  readonly sweepIntervalMs: number;
  readonly stopGraceMs: number;
  readonly clock?: () => number;
  readonly logger?: SchedulerLogger;
  /** Identifies this process in leases and in the live-worker table. */
  readonly nodeId?: string;
}

/**
 * The workers of one process: `concurrency` loops, the lease sweeper, and a presence
 * heartbeat (live concurrency feeds estimated_time). start() returns at once; stop()
 * stops claiming, lets running units finish (or releases them after the grace period)
 * and removes the presence row.
 */
export class WorkerPool {
  private readonly loops: WorkerLoop[];
  private readonly sweeper: LeaseSweeper;
  private readonly presenceSleep = new InterruptibleSleep();
  private presence: Promise<void> | undefined;
  private stopping = false;
  readonly nodeId: string;
  private readonly clock: () => number;
  private readonly logger: SchedulerLogger;

  constructor(private readonly o: WorkerPoolOptions) {
    this.nodeId = o.nodeId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.clock = o.clock ?? Date.now;
    this.logger = o.logger ?? SILENT_LOGGER;
    this.loops = Array.from({ length: o.concurrency }, (_, i) => new WorkerLoop({
      storage: o.storage, executor: o.executor, workerId: `${this.nodeId}#${i}`, leaseMs: o.leaseMs, heartbeatMs: o.heartbeatMs,
      pollIntervalMs: o.pollIntervalMs, stopGraceMs: o.stopGraceMs, clock: this.clock, logger: this.logger,
    }));
    this.sweeper = new LeaseSweeper({ queue: o.storage.queue, intervalMs: o.sweepIntervalMs, clock: this.clock, logger: this.logger });
  }

  get running(): boolean {
    return this.presence !== undefined;
  }

  start(): void {
    if (this.presence !== undefined) return;
    this.stopping = false;
    this.presence = this.announce();
    this.sweeper.start();
    for (const loop of this.loops) loop.start();
    this.logger.info({ node: this.nodeId, concurrency: this.o.concurrency }, 'workers started');
  }

  async stop(): Promise<void> {
    if (this.presence === undefined) return;
    this.stopping = true;
    this.presenceSleep.wake();
    await Promise.all(this.loops.map((l) => l.stop()));
    await this.sweeper.stop();
    await this.presence;
    this.presence = undefined;
    try {
      await this.o.storage.queue.unregisterWorker(this.nodeId);
    } catch (err) {
      this.logger.warn({ node: this.nodeId, ...errorDetails(err) }, 'could not remove worker presence');
    }
    this.logger.info({ node: this.nodeId }, 'workers stopped');
  }

  private async announce(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.o.storage.queue.registerWorker(this.nodeId, this.o.concurrency, this.clock());
      } catch (err) {
        this.logger.warn({ node: this.nodeId, ...errorDetails(err) }, 'worker presence update failed');
      }
      await this.presenceSleep.sleep(this.o.heartbeatMs);
    }
  }
}
