import type { WorkQueue } from '../storage/ports.js';
import { InterruptibleSleep } from './interruptible-sleep.js';
import type { SchedulerLogger } from './scheduler-logger.js';
import { errorDetails } from './scheduler-logger.js';

/** Hands units whose lease expired (their worker died or hung) back to the queue. */
export class LeaseSweeper {
  private stopping = false;
  private loop: Promise<void> | undefined;
  private readonly sleeper = new InterruptibleSleep();

  constructor(private readonly o: { queue: WorkQueue; intervalMs: number; clock: () => number; logger: SchedulerLogger }) {}

  start(): void {
    if (this.loop !== undefined) return;
    this.stopping = false;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.sleeper.wake();
    await this.loop;
    this.loop = undefined;
  }

  /** One pass; exposed for tests and for a sweep at start-up. */
  async sweepOnce(): Promise<number> {
    const n = await this.o.queue.reclaimExpired(this.o.clock());
    if (n > 0) this.o.logger.warn({ reclaimed: n }, 'reclaimed work units with expired leases');
    return n;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.sweepOnce();
      } catch (err) {
        this.o.logger.error(errorDetails(err), 'lease sweep failed; will retry');
      }
      await this.sleeper.sleep(this.o.intervalMs);
    }
  }
}
