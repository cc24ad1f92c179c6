import type { SettingDefinition } from './settings.js';
import { booleanSetting, enumSetting, intSetting, nonEmptyText, optionalDatabaseUrl, optionalMasterKey } from './settings.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const MIB = 1024 * 1024;

/**
 * Every setting of the service, declared once. The object shape is the config shape;
 * `loadConfig` walks it, so adding a line here adds the env var, the flag and the doc.
 */
export const CONFIG_SETTINGS = {
  host: { key: 'host', env: 'BULWARK_HOST', flag: '--host', defaultValue: '127.0.0.1', parse: nonEmptyText, doc: 'Address the HTTP server binds to' },
  port: { key: 'port', env: 'BULWARK_PORT', flag: '--port', defaultValue: 8080, parse: intSetting(0, 65535), doc: 'TCP port of the HTTP server (0 = any free port)' },
  dataDir: { key: 'dataDir', env: 'BULWARK_DATA_DIR', flag: '--data-dir', defaultValue: './.bulwark', parse: nonEmptyText, doc: 'Directory for the SQLite database and the master key file' },
  databaseUrl: {
    key: 'databaseUrl', env: 'BULWARK_DATABASE_URL', flag: '--database-url', defaultValue: undefined as string | undefined,
    parse: optionalDatabaseUrl, doc: 'PostgreSQL URL (postgres://…); when absent, SQLite in the data directory',
  },
  workers: { key: 'workers', env: 'BULWARK_WORKERS', flag: '--workers', defaultValue: 2, parse: intSetting(0, 256), doc: 'In-process worker concurrency (0 = API only)' },
  leaseMs: { key: 'leaseMs', env: 'BULWARK_LEASE_MS', flag: '--lease-ms', defaultValue: 30_000, parse: intSetting(1_000, 3_600_000), doc: 'How long a claimed work unit stays leased without a heartbeat' },
  heartbeatMs: { key: 'heartbeatMs', env: 'BULWARK_HEARTBEAT_MS', flag: '--heartbeat-ms', defaultValue: 10_000, parse: intSetting(100, 3_600_000), doc: 'Interval at which a worker renews the lease of its current unit (must be below the lease)' },
  sweepIntervalMs: { key: 'sweepIntervalMs', env: 'BULWARK_SWEEP_INTERVAL_MS', flag: '--sweep-interval-ms', defaultValue: 5_000, parse: intSetting(100, 3_600_000), doc: 'Interval of the sweeper that hands expired leases back to the queue' },
  pollIntervalMs: { key: 'pollIntervalMs', env: 'BULWARK_POLL_INTERVAL_MS', flag: '--poll-interval-ms', defaultValue: 500, parse: intSetting(10, 60_000), doc: 'Idle worker poll interval (backs off up to 10x when the queue stays empty)' },
  stopGraceMs: { key: 'stopGraceMs', env: 'BULWARK_STOP_GRACE_MS', flag: '--stop-grace-ms', defaultValue: 10_000, parse: intSetting(0, 600_000), doc: 'On shutdown, how long running units may finish before they are released' },
  tokenTtlSeconds: { key: 'tokenTtlSeconds', env: 'BULWARK_TOKEN_TTL_SECONDS', flag: '--token-ttl-seconds', defaultValue: 86_400, parse: intSetting(60, 30 * 86_400), doc: 'Lifetime of issued X-Auth-Token tokens' },
  logLevel: { key: 'logLevel', env: 'BULWARK_LOG_LEVEL', flag: '--log-level', defaultValue: 'info' as LogLevel, parse: enumSetting(LOG_LEVELS), doc: 'pino log level' },
  rateLimitPerMinute: { key: 'rateLimitPerMinute', env: 'BULWARK_RATE_LIMIT_PER_MINUTE', flag: '--rate-limit-per-minute', defaultValue: 0, parse: intSetting(0, 10_000_000), doc: 'Requests per minute per credential before APIGW.0308 (0 = off)' },
  jsonBodyLimitBytes: { key: 'jsonBodyLimitBytes', env: 'BULWARK_JSON_BODY_LIMIT_BYTES', flag: '--json-body-limit-bytes', defaultValue: 12 * MIB, parse: intSetting(1024, 1024 * MIB), doc: 'Largest accepted JSON body (larger → 413 APIGW.0201)' },
  uploadMaxFileBytes: { key: 'uploadMaxFileBytes', env: 'BULWARK_UPLOAD_MAX_FILE_BYTES', flag: '--upload-max-file-bytes', defaultValue: MIB, parse: intSetting(1, 1024 * MIB), doc: 'Largest accepted uploaded file part' },
  uploadMaxFiles: { key: 'uploadMaxFiles', env: 'BULWARK_UPLOAD_MAX_FILES', flag: '--upload-max-files', defaultValue: 10, parse: intSetting(1, 1000), doc: 'Most file parts in one BatchUploadFiles call' },
  masterKey: {
    key: 'masterKey', env: 'BULWARK_MASTER_KEY', flag: '--master-key', defaultValue: undefined as string | undefined,
    parse: optionalMasterKey, doc: 'Master key (base64, 32 bytes); when absent a key file in the data directory is used or created',
  },
  masterKeyFile: { key: 'masterKeyFile', env: 'BULWARK_MASTER_KEY_FILE', flag: '--master-key-file', defaultValue: 'master.key', parse: nonEmptyText, doc: 'Master key file, relative to the data directory unless absolute' },
  sqliteBusyTimeoutMs: { key: 'sqliteBusyTimeoutMs', env: 'BULWARK_SQLITE_BUSY_TIMEOUT_MS', flag: '--sqlite-busy-timeout-ms', defaultValue: 5_000, parse: intSetting(0, 600_000), doc: 'How long SQLite waits for a competing writer before failing' },
  postgresPoolSize: { key: 'postgresPoolSize', env: 'BULWARK_POSTGRES_POOL_SIZE', flag: '--postgres-pool-size', defaultValue: 10, parse: intSetting(1, 1000), doc: 'Connections in the PostgreSQL pool' },
  trustProxy: { key: 'trustProxy', env: 'BULWARK_TRUST_PROXY', flag: '--trust-proxy', defaultValue: false, parse: booleanSetting, doc: 'Trust X-Forwarded-* headers (behind a reverse proxy)' },
} as const satisfies Record<string, SettingDefinition<unknown>>;

type Settings = typeof CONFIG_SETTINGS;

/** The validated, frozen configuration: one property per declared setting. */
export type BulwarkConfig = { readonly [K in keyof Settings]: ReturnType<Settings[K]['parse']> };
