import type { Logger } from 'pino';
import type { Authenticator } from '../iam/authenticator.js';
import type { TaskUseCases } from '../tasks/use-cases.js';
import type { UploadLimits } from './mappers/batch-upload-files-mapping.js';
import type { GaugeSample } from './observability/metrics-registry.js';
import type { RateLimitConfig } from './routing/rate-limiter.js';

/** Everything buildServer needs; the composition root (src/compose.ts) provides it. */
export interface ServerDeps {
  readonly tasks: TaskUseCases;
  readonly authenticator: Authenticator;
  /** Epoch-ms clock; injected so tests control token expiry and signature skew. */
  readonly clock?: () => number;
  /** Structured request logs; omitted = silent. */
  readonly logger?: Logger;
  /** `/readyz`: true once storage is migrated and the workers run. */
  readonly isReady?: () => boolean;
  /** Gauges for `/metrics` (tasks and work units by status), read at scrape time. */
  readonly readGauges?: () => Promise<readonly GaugeSample[]>;
  /** (ours) off unless configured. */
  readonly rateLimit?: RateLimitConfig;
  /** JSON body limit in bytes; HSS allows 12 MB. */
  readonly bodyLimitBytes?: number;
  /** BatchUploadFiles limits; HSS's 10 files of 1 MiB when omitted. */
  readonly uploadLimits?: UploadLimits;
  readonly version?: string;
}

export const DEFAULT_BODY_LIMIT_BYTES = 12 * 1024 * 1024;
