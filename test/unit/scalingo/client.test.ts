import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ScalingoClient } from '../../../lib/scalingo/client';
import { callApi } from '../../../lib/scalingo/http';
import { Limiter } from '../../../lib/scalingo/limiter';
import { z } from 'zod';
import { startMockScalingo, type MockScalingo } from '../../mock-scalingo/server';

// The API client against the mock Scalingo over real HTTP.

let mock: MockScalingo;
let token: string;
beforeAll(async () => {
  mock = await startMockScalingo({ dataset: 'demo', rateLimit: false });
  token = mock.state.tokens[0]!.token;
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.clearLog();
  mock.resetFaults();
});

// Time runs 100× faster than Scalingo's minute, so retries wait milliseconds; at most 2 retries.
const fast = () => new Limiter({ perWindow: 58, windowMs: 600, concurrency: 4 });
const client = (opts: Partial<ConstructorParameters<typeof ScalingoClient>[0]> = {}) =>
  new ScalingoClient({
    apiToken: token,
    authUrl: mock.url,
    limiter: fast(),
    retry: { max429: 2, maxTransient: 2 },
    ...opts,
  });
const exchanges = () => mock.log().filter((l) => l.path === '/v1/tokens/exchange').length;
const osc = () => mock.regionUrl('osc-fr1');

describe('ScalingoClient', () => {
  it('exchanges the token once and reuses the bearer', async () => {
    const c = client();
    const me = await c.self();
    await c.regions();
    await c.apps(osc());
    expect(me.email).toContain('@');
    expect(exchanges()).toBe(1);
  });

  it('exchanges again a few minutes before the bearer expires', async () => {
    let now = Date.now();
    const c = client({ now: () => now });
    await c.self();
    now += 56 * 60_000;
    await c.self();
    expect(exchanges()).toBe(2);
  });

  it('discovers the restricted region only when authenticated', async () => {
    const names = (await client().regions()).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['osc-fr1', 'osc-secnum-fr1']));
  });

  it('says "token invalid or revoked" when Scalingo rejects the token', async () => {
    await expect(new ScalingoClient({ apiToken: 'tk-us-nope', authUrl: mock.url }).self()).rejects.toMatchObject({
      kind: 'unauthorized',
      message: expect.stringContaining('Token invalid or revoked'),
    });
  });

  it('re-exchanges once on a 401, then gives up clearly (token revoked mid-session)', async () => {
    const c = client();
    await c.self();
    mock.revokeToken(token);
    try {
      await expect(c.apps(osc())).rejects.toMatchObject({ kind: 'unauthorized' });
      expect(exchanges()).toBe(2);
    } finally {
      mock.state.revokedTokens.length = 0;
    }
  });

  it.each([
    ['a 5xx', { failures: [{ path: '/v1/apps$', status: 500 }] }, 'unexpected', /Internal error/],
    ['malformed JSON', { malformed: [{ path: '/v1/apps$' }] }, 'unexpected', /not JSON/],
    ['a 429', { failures: [{ path: '/v1/apps$', status: 429 }] }, 'rate_limited', /Retry later/],
  ])('maps %s to a kind a user can act on', async (_name, faults, kind, message) => {
    const c = client();
    await c.self();
    mock.setFaults(faults);
    const error = await c.apps(osc()).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind, message: expect.stringMatching(message) });
    expect((error as { details: { requestId?: string } }).details.requestId).toBeTruthy();
  });

  it.each([
    ['429s', 429],
    ['503s', 503],
  ])('retries two %s and then succeeds, counting them', async (_name, status) => {
    const c = client();
    await c.self();
    mock.setFaults({ failures: [{ path: '/v1/apps$', status, times: 2 }] });
    const apps = await c.apps(osc());
    expect(apps.length).toBeGreaterThan(0);
    expect(
      mock
        .log()
        .filter((l) => l.path.endsWith('/v1/apps'))
        .map((l) => l.status),
    ).toEqual([status, status, 200]);
    expect(c.stats.http429).toBe(status === 429 ? 2 : 0);
  });

  it('never replays a write that met a server error', async () => {
    const c = client();
    const [collab] = await c.ownedAppsCollaborators(osc());
    mock.setFaults({ failures: [{ path: '/collaborators/', status: 500, times: 1 }] });
    await expect(c.setLimited(osc(), collab!.app_id!, collab!.id, true)).rejects.toMatchObject({ kind: 'unexpected' });
    expect(mock.log().filter((l) => l.method === 'PATCH')).toHaveLength(1);
  });

  it('maps an unknown app to not_found with the API words', async () => {
    await expect(client().appCollaborators(osc(), 'no-such-app')).rejects.toMatchObject({
      kind: 'not_found',
      message: 'not found',
    });
  });

  it('maps an unreachable server to a network error', async () => {
    const c = new ScalingoClient({ apiToken: token, authUrl: 'http://127.0.0.1:9' });
    await expect(c.self()).rejects.toMatchObject({ kind: 'network' });
  });

  it('refuses a call outside the allowlist before it leaves', async () => {
    const call = callApi(
      fetch,
      { method: 'DELETE', base: osc(), path: '/v1/apps/shop', auth: { bearer: 'x' } },
      z.unknown(),
    );
    await expect(call).rejects.toMatchObject({ kind: 'refused' });
    expect(mock.log()).toEqual([]);
  });
});
