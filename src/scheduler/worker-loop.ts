import type { ClaimedUnit, Storage } from '../storage/ports.js';
import { runClaimedUnit } from '../tasks/run-claimed-unit.js';
import type { WorkUnitExecutor } from '../tasks/work-unit-executor.js';
import { InterruptibleSleep } from './interruptible-sleep.js';
import type { SchedulerLogger } from './scheduler-logger.js';
import { errorDetails } from './scheduler-logger.js';

export interface WorkerLoopOptions {
  readonly storage: Storage;
  readonly executor: WorkUnitExecutor;
  readonly workerId: string;
  readonly leaseMs: number;
  readonly heartbeatMs: number;
  readonly pollIntervalMs: number;
  readonly stopGraceMs: number;
  readonly clock: () => number;
  readonly logger: SchedulerLogger;
}

const MAX_IDLE_FACTOR = 10;
const MAX_ERROR_BACKOFF_MS = 30_000;

/**
 * One worker: claim a unit, run it under a heartbeated lease, write the outcome; repeat.
 * Never throws: storage errors are logged and retried with exponential back-off. A unit
 * whose completion could not be written stays leased until the sweeper reclaims it, and
 * the guarded completion makes the retry count it exactly once.
 */
export class WorkerLoop {
  private stopping = false;
  private loop: Promise<void> | undefined;
  private current: AbortController | undefined;
  private readonly sleeper = new InterruptibleSleep();

  constructor(private readonly o: WorkerLoopOptions) {}

  start(): void {
    if (this.loop !== undefined) return;
    this.stopping = false;
    this.loop = this.run();
  }

  /** Stops claiming; the running unit gets `stopGraceMs` to finish, then is aborted and released. */
  async stop(): Promise<void> {
    if (this.loop === undefined) return;
    this.stopping = true;
    this.sleeper.wake();
    const loop = this.loop;
    let graceTimer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => {
      graceTimer = setTimeout(() => {
        this.current?.abort(new Error('worker is stopping'));
        resolve();
      }, this.o.stopGraceMs);
    });
    await Promise.race([loop, grace]);
    await loop;
    clearTimeout(graceTimer);
    this.loop = undefined;
  }

  private async run(): Promise<void> {
    let idle = 0;
    let failures = 0;
    while (!this.stopping) {
      try {
        const unit = await this.o.storage.queue.claim(this.o.workerId, this.o.clock(), this.o.leaseMs);
        failures = 0;
        if (unit === undefined) {
          idle = Math.min(idle + 1, MAX_IDLE_FACTOR);
          await this.sleeper.sleep(this.o.pollIntervalMs * idle);
          continue;
        }
        idle = 0;
        await this.process(unit);
      } catch (err) {
        failures += 1;
        const backoff = Math.min(MAX_ERROR_BACKOFF_MS, this.o.pollIntervalMs * 2 ** Math.min(failures, 10));
        this.o.logger.error({ worker: this.o.workerId, failures, backoffMs: backoff, ...errorDetails(err) }, 'worker loop error; backing off');
        await this.sleeper.sleep(backoff);
      }
    }
  }

  private async process(unit: ClaimedUnit): Promise<void> {
    const controller = new AbortController();
    this.current = controller;
    let leaseLost = false;
    let beating = true;
    const heartSleep = new InterruptibleSleep();
    const beat = async (): Promise<void> => {
      while (beating) {
        await heartSleep.sleep(this.o.heartbeatMs);
        if (!beating) return;
        try {
          if (!(await this.o.storage.queue.heartbeat(unit.id, this.o.workerId, this.o.clock(), this.o.leaseMs))) {
            leaseLost = true;
            controller.abort(new Error('lease lost'));
            return;
          }
        } catch (err) {
          this.o.logger.warn({ worker: this.o.workerId, unit: unit.id, ...errorDetails(err) }, 'heartbeat failed; will retry');
        }
      }
    };
    const heart = beat();
    try {
      const outcome = await runClaimedUnit(this.o.storage, this.o.executor, unit, { now: this.o.clock(), signal: controller.signal });
      if (controller.signal.aborted) {
        if (!leaseLost) await this.o.storage.queue.release(unit.id, this.o.workerId);
        this.o.logger.info({ worker: this.o.workerId, unit: unit.id, leaseLost }, leaseLost ? 'lease lost; result discarded' : 'unit released on stop');
        return;
      }
      const written = await this.o.storage.queue.complete(unit.id, this.o.workerId, outcome, this.o.clock());
      if (!written) this.o.logger.warn({ worker: this.o.workerId, unit: unit.id }, 'unit was reclaimed before completion; result discarded');
    } finally {
      beating = false;
      heartSleep.wake();
      await heart;
      this.current = undefined;
    }
  }
}
