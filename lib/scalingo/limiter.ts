// Client-side rate limiter shared by every call of one client, and a bound on requests in
// flight. It is a token bucket whose tokens come back one window after they were spent: at
// most `perWindow` requests leave in any window, so a server counting over a sliding (or fixed)
// window never sees more. A small account's scan goes at once; a large one runs at the rate.
// Scalingo allows about 60 requests a minute (docs/scalingo-api.md §3.7); the limit's scope is
// undocumented [unconfirmed], so one bucket serves all regions.

export interface LimiterConfig {
  /** Requests allowed in any window. */
  perWindow: number;
  windowMs: number;
  /** Requests in flight at most. */
  concurrency: number;
}

/** 58 a minute: two below Scalingo's 60, for latency jitter between client and server. */
export const DEFAULT_LIMITS: LimiterConfig = { perWindow: 58, windowMs: 60_000, concurrency: 4 };

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason as Error);
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          reject(signal.reason as Error);
        },
        { once: true },
      );
    }),
};

export class Limiter {
  /**
   * The tokens of the current window. A token counts from when its response came back
   * (Infinity while in flight): the server saw the request at some moment before that, so
   * a token returned one window later can never make the server count one too many.
   */
  private spent: Array<{ at: number }> = [];
  private inFlight = 0;
  private readonly waiting: Array<() => void> = [];
  /** Serialises token takers so that requests leave in order. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly config: LimiterConfig = DEFAULT_LIMITS,
    private readonly clock: Clock = realClock,
  ) {
    // Tokens in flight are not yet counted back: there must always be older ones to wait for.
    if (config.perWindow <= config.concurrency) throw new Error('perWindow must exceed concurrency');
  }

  /**
   * Runs `task` when the bucket and the concurrency bound allow it. When `sent` says the result
   * never reached the server (the client answered itself), its token is given back.
   */
  async run<T>(task: () => Promise<T>, signal?: AbortSignal, sent?: (result: T) => boolean): Promise<T> {
    await this.slot(signal);
    let token: { at: number } | undefined;
    try {
      token = await this.take(signal);
      const result = await task();
      if (sent && !sent(result)) {
        this.spent = this.spent.filter((t) => t !== token);
        token = undefined;
      }
      return result;
    } finally {
      if (token) token.at = this.clock.now();
      this.release();
    }
  }

  private take(signal?: AbortSignal): Promise<{ at: number }> {
    const turn = this.queue.then(async () => {
      for (;;) {
        const now = this.clock.now();
        this.spent = this.spent.filter((t) => t.at > now - this.config.windowMs);
        if (this.spent.length < this.config.perWindow) break;
        const oldest = Math.min(...this.spent.map((t) => t.at));
        await this.clock.sleep(oldest + this.config.windowMs - now + 1, signal);
      }
      const token = { at: Infinity };
      this.spent.push(token);
      return token;
    });
    this.queue = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  private slot(signal?: AbortSignal): Promise<void> {
    if (this.inFlight < this.config.concurrency) {
      this.inFlight++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const go = () => {
        signal?.removeEventListener('abort', cancel);
        this.inFlight++;
        resolve();
      };
      const cancel = () => {
        const i = this.waiting.indexOf(go);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(signal?.reason as Error);
      };
      if (signal?.aborted) return cancel();
      signal?.addEventListener('abort', cancel, { once: true });
      this.waiting.push(go);
    });
  }

  private release(): void {
    this.inFlight--;
    this.waiting.shift()?.();
  }
}
