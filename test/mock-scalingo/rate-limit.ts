/**
 * Scalingo allows 60 requests per minute and answers 429 `Retry later` beyond (§3.7).
 * A sliding log per key: a request is allowed when fewer than `requests` were allowed in the
 * last `windowMs`. Refused requests are not counted, so a client that waits gets through.
 * Whether Scalingo's window is sliding or fixed is undocumented [I, unconfirmed].
 */
export interface RateLimitConfig {
  requests: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitConfig = { requests: 60, windowMs: 60_000 };

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(private config: RateLimitConfig | false) {}

  configure(config: RateLimitConfig | false): void {
    this.config = config;
  }

  /** Records a request for `key`; false when it is over the limit. */
  allow(key: string, now = Date.now()): boolean {
    if (this.config === false) return true;
    const { requests, windowMs } = this.config;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > now - windowMs);
    if (recent.length >= requests) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(key, recent);
    return true;
  }

  reset(): void {
    this.hits.clear();
  }
}
