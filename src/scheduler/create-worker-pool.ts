import type { BulwarkConfig } from '../config/config-settings.js';
import type { Storage } from '../storage/ports.js';
import { createIacUnitExecutor } from '../tasks/iac-unit-executor.js';
import { routeWorkUnitExecutor } from '../tasks/route-work-unit-executor.js';
import type { WorkUnitExecutor } from '../tasks/work-unit-executor.js';
import type { SchedulerLogger } from './scheduler-logger.js';
import { WorkerPool } from './worker-pool.js';

export type WorkerPoolConfig = Pick<BulwarkConfig, 'workers' | 'leaseMs' | 'heartbeatMs' | 'pollIntervalMs' | 'sweepIntervalMs' | 'stopGraceMs'>;

/**
 * The worker pool a `serve`/`worker` process runs, from configuration: IaC units through
 * the IaC engine, cluster units through `clusterExecutor` when the deployment has one.
 * With `workers = 0` the pool still sweeps expired leases but claims nothing.
 */
export function createWorkerPool(options: {
  readonly config: WorkerPoolConfig;
  readonly storage: Storage;
  readonly logger?: SchedulerLogger;
  readonly clusterExecutor?: WorkUnitExecutor;
  readonly clock?: () => number;
}): WorkerPool {
  const { config } = options;
  const executor = routeWorkUnitExecutor({
    iac: createIacUnitExecutor(),
    ...(options.clusterExecutor === undefined ? {} : { cluster: options.clusterExecutor }),
  });
  return new WorkerPool({
    storage: options.storage,
    executor,
    concurrency: config.workers,
    leaseMs: config.leaseMs,
    heartbeatMs: config.heartbeatMs,
    pollIntervalMs: config.pollIntervalMs,
    sweepIntervalMs: config.sweepIntervalMs,
    stopGraceMs: config.stopGraceMs,
    ...(options.logger === undefined ? {} : { logger: options.logger }),
    ...(options.clock === undefined ? {} : { clock: options.clock }),
  });
}
