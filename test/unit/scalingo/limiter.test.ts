import { describe, expect, it } from 'vitest';
import { Limiter, type Clock } from '../../../lib/scalingo/limiter';

/** Virtual time: sleeping moves the clock forward at once. */
function virtualClock(): Clock & { t: number } {
  const c = {
    t: 0,
    now: () => c.t,
    sleep: async (ms: number) => {
      await Promise.resolve();
      c.t += ms;
    },
  };
  return c;
}

describe('Limiter', () => {
  it('never lets more than the allowed requests leave in any window, and lets the first ones go at once', async () => {
    const clock = virtualClock();
    const limiter = new Limiter({ perWindow: 5, windowMs: 1000, concurrency: 2 }, clock);
    const sent: number[] = [];
    await Promise.all(Array.from({ length: 23 }, () => limiter.run(async () => void sent.push(clock.now()))));
    expect(sent).toHaveLength(23);
    expect(sent.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    for (const t of sent) expect(sent.filter((u) => u >= t && u < t + 1000).length).toBeLessThanOrEqual(5);
    // and no slower than needed: 23 requests at 5 per second take just over 4 windows
    expect(Math.max(...sent)).toBeLessThanOrEqual(4 * 1000 + 4);
  });

  it('counts a token from when its response came back, so slow answers cannot crowd the server', async () => {
    const clock = virtualClock();
    const limiter = new Limiter({ perWindow: 3, windowMs: 1000, concurrency: 2 }, clock);
    const sent: number[] = [];
    // each request takes 400 ms to answer
    const slow = () => limiter.run(async () => (sent.push(clock.now()), (clock.t += 400)));
    for (let i = 0; i < 4; i++) await slow();
    // the first answer came back at 400: the fourth request may not leave before 1400
    expect(sent[3]).toBeGreaterThanOrEqual(1400);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const limiter = new Limiter({ perWindow: 100, windowMs: 1000, concurrency: 3 });
    let inFlight = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 12 }, () =>
        limiter.run(async () => {
          peak = Math.max(peak, ++inFlight);
          await new Promise((r) => setTimeout(r, 5));
          inFlight--;
        }),
      ),
    );
    expect(peak).toBe(3);
  });

  it('frees its slot when a request fails, and stops waiting requests on cancel', async () => {
    const limiter = new Limiter({ perWindow: 2, windowMs: 60_000, concurrency: 1 });
    await expect(limiter.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await limiter.run(async () => 'second token');
    const stop = new AbortController();
    const waiting = limiter.run(async () => 'never', stop.signal);
    stop.abort(new Error('cancelled'));
    await expect(waiting).rejects.toThrow('cancelled');
  });
});
