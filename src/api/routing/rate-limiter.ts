export interface RateLimitConfig {
  /** Requests allowed per client within one window. */
  readonly max: number;
  readonly windowMs: number;
}

const MAX_TRACKED_CLIENTS = 100_000;

/**
 * Fixed-window request counter per client key (the remote address). (ours) HSS's API
 * gateway throttles; we offer the same answer, APIGW.0308, when configured. The clock is
 * passed in so tests control it.
 */
export class RateLimiter {
  private windowStart = 0;
  private readonly counts = new Map<string, number>();

  constructor(private readonly config: RateLimitConfig) {}

  /** Counts one request; false when the client is over the limit for the current window. */
  allow(clientKey: string, now: number): boolean {
    if (now - this.windowStart >= this.config.windowMs || this.counts.size > MAX_TRACKED_CLIENTS) {
      this.windowStart = now;
      this.counts.clear();
    }
    const used = (this.counts.get(clientKey) ?? 0) + 1;
    this.counts.set(clientKey, used);
    return used <= this.config.max;
  }
}
