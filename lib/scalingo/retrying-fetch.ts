import type { FetchLike } from './http';
import { realClock, type Clock, type Limiter } from './limiter';
import { isUnsent } from './unsent';

// Every request of a client goes through here: the limiter first, then the retry policy.
// 429 (Scalingo answers `Retry later`, without Retry-After as far as documented, §3.7): the
// request waits (Retry-After when present, else a growing backoff)
// and goes again. Transient 5xx and network failures: GETs only (a write is never replayed
// blindly), a few times with jitter. What still fails is returned for http.ts to map.

export interface CallStats {
  requests: number;
  http429: number;
  retries: number;
}

export const newStats = (): CallStats => ({ requests: 0, http429: 0, retries: 0 });

export interface RetryOptions {
  limiter: Limiter;
  clock?: Clock;
  stats?: CallStats;
  max429?: number;
  maxTransient?: number;
  random?: () => number;
}

const TRANSIENT = new Set([500, 502, 503, 504]);
/** Per attempt, from when it leaves (time queued in the limiter does not count). */
export const TIMEOUT_MS = 30_000;

export function retryingFetch(inner: FetchLike, opts: RetryOptions): FetchLike {
  const clock = opts.clock ?? realClock;
  const stats = opts.stats ?? newStats();
  const random = opts.random ?? Math.random;
  const { windowMs, perWindow } = opts.limiter.config;
  // Without Retry-After: start at a twelfth of the window (5 s for Scalingo's minute), double, cap at the window.
  const backoff429 = (n: number) => Math.min(windowMs, (windowMs / 12) * 2 ** n);
  // Transient errors: about two request slots, with jitter so that parallel requests spread out.
  const backoffTransient = (n: number) => (windowMs / perWindow) * 2 * (n + 1) * (0.5 + random());

  return async (input, init) => {
    const replayable = (init.method ?? 'GET') === 'GET';
    let rateLimited = 0;
    let transient = 0;
    for (;;) {
      stats.requests++;
      let response: Response;
      try {
        response = await opts.limiter.run(
          () => {
            const timeout = AbortSignal.timeout(TIMEOUT_MS);
            return inner(input, { ...init, signal: init.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
          },
          init.signal ?? undefined,
          (r) => !isUnsent(r),
        );
      } catch (e) {
        if (init.signal?.aborted || !replayable || transient >= (opts.maxTransient ?? 2)) throw e;
        await wait(backoffTransient(transient++));
        continue;
      }
      if (isUnsent(response)) {
        stats.requests--; // answered by the client itself (unsent.ts): nothing went out
        return response;
      }
      if (response.status === 429 && rateLimited < (opts.max429 ?? 8)) {
        stats.http429++;
        const retryAfter = Number(response.headers.get('retry-after'));
        await response.body?.cancel().catch(() => undefined);
        const delay = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : backoff429(rateLimited);
        rateLimited++;
        await wait(delay);
        continue;
      }
      if (response.status === 429) stats.http429++;
      if (replayable && TRANSIENT.has(response.status) && transient < (opts.maxTransient ?? 2)) {
        await response.body?.cancel().catch(() => undefined);
        await wait(backoffTransient(transient++));
        continue;
      }
      return response;
    }

    async function wait(ms: number) {
      stats.retries++;
      await clock.sleep(ms, init.signal ?? undefined);
    }
  };
}
