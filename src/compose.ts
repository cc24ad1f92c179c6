import type { Logger } from 'pino';
import { buildServer } from './api/build-server.js';
import { createWorkUnitGauges } from './api/observability/create-work-unit-gauges.js';
import type { GaugeSample } from './api/observability/metrics-registry.js';
import type { BulwarkConfig } from './config/config-settings.js';
import { masterKeyFilePath } from './config/load-config.js';
import { bootstrapIdentity, type BootstrapResult } from './iam/bootstrap-identity.js';
import { createIdentityServices } from './iam/create-identity-services.js';
import { TASK_TYPES } from './domain/scan-types.js';
import type { Storage } from './storage/ports.js';
import { createSqlStorage } from './storage/sql/create-sql-storage.js';
import { openSqlDatabase } from './storage/sql/open-sql-database.js';
import { createWorkerPool } from './scheduler/create-worker-pool.js';
import { createTaskUseCases } from './tasks/create-task-use-cases.js';
import { loadVulnDb } from './collectors/vulndb/vuln-db-store.js';
import { loadMasterKey } from './iam/master-key.js';
import { createSecretBox } from './iam/secret-box.js';
import { parseClusterItemPayload } from './tasks/cluster/cluster-item-payload.js';
import { createKubeClusterConnector } from './tasks/cluster/cluster-connector.js';
import { createClusterUnitExecutor } from './tasks/cluster/create-cluster-unit-executor.js';
import { createClusterUseCases } from './tasks/cluster/create-cluster-use-cases.js';
import { createEngineClusterItemScanner } from './tasks/cluster/create-engine-cluster-item-scanner.js';
import type { TaskUseCases } from './tasks/use-cases.js';

export interface ComposeOptions {
  readonly config: BulwarkConfig;
  /** Bootstrap identities (BULWARK_PROJECT_ID, BULWARK_ADMIN_*); process.env in production. */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly logger: Logger;
  readonly version: string;
  readonly clock?: () => number;
}

/** A running (or startable) Bulwark process: HTTP server and/or workers over one database. */
export interface BulwarkService {
  /** What bootstrap created on an empty database; undefined when identities already existed. */
  readonly bootstrap: BootstrapResult | undefined;
  /** Starts workers, then listens; resolves with the bound address. */
  start(): Promise<{ readonly url: string | undefined }>;
  /** Stops accepting requests, lets in-flight ones finish, stops workers, closes storage. Idempotent. */
  stop(): Promise<void>;
}

/**
 * The composition root: the only place that chooses implementations. Config → SQL
 * storage (migrated) → task and cluster use cases → worker pool (IaC and cluster
 * executors) → identities (bootstrap on an empty database) → HTTP server.
 * `mode: 'worker'` runs the worker pool only.
 */
export async function composeService(options: ComposeOptions & { readonly mode: 'serve' | 'worker' }): Promise<BulwarkService> {
  const { config, logger } = options;
  const clock = options.clock ?? Date.now;
  const database = await openSqlDatabase(config);
  const closers: Array<() => Promise<void>> = [() => database.close()];
  try {
    const storage = createSqlStorage(database);
    const identity = options.mode === 'serve'
      ? await createIdentityServices({
        database,
        masterKeyBase64: config.masterKey,
        masterKeyFile: masterKeyFilePath(config),
        tokenTtlMs: config.tokenTtlSeconds * 1000,
      })
      : undefined;
    // Workers open sealed kubeconfigs too: a worker-only process loads the master key itself;
    // in serve mode the identity services already hold it.
    const secretBox = identity?.secretBox ?? createSecretBox((await loadMasterKey({ base64: config.masterKey, filePath: masterKeyFilePath(config) })).key);
    const connector = createKubeClusterConnector();
    const tasks: TaskUseCases = {
      ...createTaskUseCases({ storage, liveWorkerWindowMs: config.leaseMs }),
      clusters: createClusterUseCases({ storage, secretBox, connector }),
    };
    const clusterExecutor = createClusterUnitExecutor({
      secretBox,
      connector,
      scanner: createEngineClusterItemScanner({ vulnDb: await loadVulnDb(config.dataDir) }),
      previousResult: async (clusterId, scanType) => {
        const row = await storage.clusters.latestClusterResult(clusterId, scanType);
        return row === undefined ? undefined : parseClusterItemPayload(row.payload);
      },
    });
    const workers = createWorkerPool({ config, storage, logger, clock, clusterExecutor });
    const stopWorkers = async () => { await workers.stop(); };
    let ready = false;
    if (identity === undefined) {
      return lifecycle({
        bootstrap: undefined,
        start: async () => {
          workers.start();
          return { url: undefined };
        },
        stopParts: [stopWorkers],
        closers,
        logger,
      });
    }
    const bootstrap = await bootstrapIdentity(identity, options.env, clock());
    const countUnits = storage.queue.countUnitsByStatus?.bind(storage.queue);
    const unitGauges = countUnits === undefined ? async () => [] : createWorkUnitGauges({ count: countUnits, clock });
    const server = await buildServer({
      tasks,
      authenticator: identity.authenticator,
      clock,
      logger,
      version: options.version,
      isReady: () => ready,
      readGauges: async () => [
        ...workerGauges(await storage.queue.estimateInputs(clock(), config.leaseMs), config),
        ...(await taskGauges(storage, await identity.admin.listProjects())),
        ...(await unitGauges()),
      ],
      ...(config.rateLimitPerMinute > 0 ? { rateLimit: { max: config.rateLimitPerMinute, windowMs: 60_000 } } : {}),
      bodyLimitBytes: config.jsonBodyLimitBytes,
      uploadLimits: { maxFiles: config.uploadMaxFiles, maxFileBytes: config.uploadMaxFileBytes },
    });
    return lifecycle({
      bootstrap,
      start: async () => {
        workers.start();
        const url = await server.listen({ host: config.host, port: config.port });
        // Storage was migrated before anything was built, so ready = listening with workers on.
        ready = true;
        return { url };
      },
      stopParts: [async () => { ready = false; await server.close(); }, stopWorkers],
      closers,
      logger,
    });
  } catch (err) {
    await database.close();
    throw err;
  }
}

function lifecycle(parts: {
  bootstrap: BootstrapResult | undefined;
  start: () => Promise<{ url: string | undefined }>;
  stopParts: ReadonlyArray<() => Promise<void>>;
  closers: ReadonlyArray<() => Promise<void>>;
  logger: Logger;
}): BulwarkService {
  let stopping: Promise<void> | undefined;
  return {
    bootstrap: parts.bootstrap,
    start: parts.start,
    stop() {
      stopping ??= (async () => {
        // Order matters: no new requests, then no new units, then the database goes.
        for (const step of [...parts.stopParts, ...parts.closers]) {
          try {
            await step();
          } catch (err) {
            parts.logger.error({ err }, 'error during shutdown');
          }
        }
      })();
      return stopping;
    },
  };
}

// A scrape never walks more than this many projects. Sums carry no project label: /metrics
// is unauthenticated and project ids stay out of it.
const MAX_GAUGE_PROJECTS = 1000;

async function taskGauges(storage: Storage, projects: ReadonlyArray<{ readonly id: string }>): Promise<GaugeSample[]> {
  const samples: GaugeSample[] = [];
  for (const taskType of TASK_TYPES) {
    let total = 0;
    let running = 0;
    for (const project of projects.slice(0, MAX_GAUGE_PROJECTS)) {
      const counts = await storage.tasks.countTasks({ projectId: project.id, eps: '*' }, taskType);
      total += counts.total;
      running += counts.running;
    }
    samples.push(
      { name: 'bulwark_tasks', help: 'Tasks ever created, by type.', labels: { task_type: taskType }, value: total },
      { name: 'bulwark_tasks_running', help: 'Tasks now running, by type.', labels: { task_type: taskType }, value: running },
    );
  }
  return samples;
}

function workerGauges(inputs: { readonly liveConcurrency: number; readonly meanUnitMs: Partial<Record<string, number>> }, config: BulwarkConfig): GaugeSample[] {
  const samples: GaugeSample[] = [
    { name: 'bulwark_workers_configured', help: 'In-process worker concurrency of this node.', labels: {}, value: config.workers },
    { name: 'bulwark_workers_live_concurrency', help: 'Concurrency of all workers seen alive within the lease window.', labels: {}, value: inputs.liveConcurrency },
  ];
  for (const [taskType, ms] of Object.entries(inputs.meanUnitMs)) {
    if (ms !== undefined) samples.push({ name: 'bulwark_unit_mean_duration_seconds', help: 'Measured mean work-unit duration.', labels: { task_type: taskType }, value: ms / 1000 });
  }
  return samples;
}
