import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_TOKENS } from './demo';
import { RateLimiter } from './rate-limit';
import type { MockScalingo } from './server';
import { basic, call, start } from './test-helpers';

let mock: MockScalingo;
beforeEach(async () => {
  mock = await start({ rateLimit: { requests: 5, windowMs: 1000 } });
});
afterEach(async () => {
  vi.useRealTimers();
  await mock.close();
});

/** Exchanges without helpers, so every request is visible in the count. */
const exchangeOnce = async (token: string) =>
  (await call(`${mock.url}/v1/tokens/exchange`, { method: 'POST', authorization: basic(token) })).json.token as string;

describe('rate limit (5 per second in these tests, 60 per minute by default)', () => {
  it('answers the 6th request with 429, plain text "Retry later" and no Retry-After', async () => {
    const bearer = await exchangeOnce(DEMO_TOKENS.alice); // 1: exchange and API calls share one budget
    for (let i = 0; i < 4; i++)
      expect((await call(`${mock.regionUrl('osc-fr1')}/v1/apps`, { bearer })).status).toBe(200);
    const limited = await call(`${mock.regionUrl('osc-secnum-fr1')}/v1/apps`, { bearer }); // other region, same user
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(limited.text).toBe('Retry later');
    expect(limited.headers.get('retry-after')).toBeNull();
    expect(limited.headers.get('access-control-allow-origin')).toBe('*');
    expect(mock.log().at(-1)).toMatchObject({ status: 429 });
  });

  it('lets requests through again once the window has slid past', async () => {
    const bearer = await exchangeOnce(DEMO_TOKENS.alice);
    for (let i = 0; i < 5; i++) await call(`${mock.url}/v1/users/self`, { bearer });
    expect((await call(`${mock.url}/v1/users/self`, { bearer })).status).toBe(429);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 1001);
    expect((await call(`${mock.url}/v1/users/self`, { bearer })).status).toBe(200);
  });

  it('with holdCounts allowed, a hold of N answers N requests the limit lets through, its 429s besides', async () => {
    const slow = await start({ rateLimit: { requests: 1, windowMs: 300 } });
    try {
      const regions = () => call(`${slow.url}/v1/regions`).then((r) => r.status);
      slow.setFaults({ holdAfterRequests: 2, holdCounts: 'allowed' });
      expect([await regions(), await regions()]).toEqual([200, 429]); // the 429 uses none of the 2
      await new Promise((r) => setTimeout(r, 350));
      expect(await regions()).toBe(200);
      let held: number | null = null;
      const last = regions().then((s) => (held = s));
      await new Promise((r) => setTimeout(r, 350));
      expect(held).toBeNull(); // 2 answered: the next waits
      expect(slow.log().map((l) => l.status)).toEqual([200, 429, 200]);
      slow.setFaults({ holdAfterRequests: null });
      expect(await last).toBe(200);
    } finally {
      await slow.close();
    }
  });

  it('takes a new limit from now on, the requests counted so far still counting', async () => {
    for (let i = 0; i < 5; i++) await call(`${mock.url}/v1/regions`);
    expect((await call(`${mock.url}/v1/regions`)).status).toBe(429);
    mock.setRateLimit({ requests: 7, windowMs: 1000 });
    expect((await call(`${mock.url}/v1/regions`)).status).toBe(200); // the 6th of 7
    expect((await call(`${mock.url}/v1/regions`)).status).toBe(200);
    expect((await call(`${mock.url}/v1/regions`)).status).toBe(429);
    mock.setRateLimit(false);
    expect((await call(`${mock.url}/v1/regions`)).status).toBe(200);
  });

  it('counts per user: another token keeps its own budget', async () => {
    const alice = await exchangeOnce(DEMO_TOKENS.alice);
    for (let i = 0; i < 5; i++) await call(`${mock.url}/v1/users/self`, { bearer: alice });
    expect((await call(`${mock.url}/v1/users/self`, { bearer: alice })).status).toBe(429);
    const julien = await exchangeOnce(DEMO_TOKENS.julien);
    expect((await call(`${mock.url}/v1/users/self`, { bearer: julien })).status).toBe(200);
  });

  it('counts anonymous callers by IP', async () => {
    for (let i = 0; i < 5; i++) expect((await call(`${mock.url}/v1/regions`)).status).toBe(200);
    expect((await call(`${mock.url}/v1/regions`)).status).toBe(429);
  });

  it('never counts preflights nor control requests', async () => {
    for (let i = 0; i < 10; i++) {
      await fetch(`${mock.url}/v1/regions`, { method: 'OPTIONS' });
      await fetch(`${mock.url}/_mock/log`);
    }
    expect((await call(`${mock.url}/v1/regions`)).status).toBe(200);
  });

  it('can be switched off', async () => {
    const unlimited = await start({ rateLimit: false });
    try {
      const statuses = await Promise.all(
        Array.from({ length: 80 }, () => call(`${unlimited.url}/v1/regions`).then((a) => a.status)),
      );
      expect(new Set(statuses)).toEqual(new Set([200]));
    } finally {
      await unlimited.close();
    }
  });
});

describe('RateLimiter', () => {
  it('is a sliding window: a slot frees up windowMs after the request that took it', () => {
    const limiter = new RateLimiter({ requests: 2, windowMs: 100 });
    expect([limiter.allow('k', 0), limiter.allow('k', 50), limiter.allow('k', 99)]).toEqual([true, true, false]);
    expect(limiter.allow('k', 101)).toBe(true); // the one at 0 has left the window
    expect(limiter.allow('k', 120)).toBe(false); // the one at 50 has not
  });
});
