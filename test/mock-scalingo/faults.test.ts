import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKENS } from './demo';
import type { MockScalingo } from './server';
import { basic, call, exchange, start } from './test-helpers';

let mock: MockScalingo;
let bearer: string;
beforeEach(async () => {
  mock = await start();
  bearer = await exchange(mock, DEMO_TOKENS.alice);
  mock.clearLog();
});
afterEach(() => mock.close());

const apps = () => call(`${mock.regionUrl('osc-fr1')}/v1/apps`, { bearer });

describe('faults', () => {
  it('holdAfterRequests answers N requests, holds the next ones until it is set again', async () => {
    mock.setFaults({ holdAfterRequests: 2 });
    expect((await apps()).status).toBe(200);
    expect((await apps()).status).toBe(200);
    let third: number | null = null;
    const pending = apps().then((r) => (third = r.status));
    await new Promise((r) => setTimeout(r, 100));
    expect(third).toBeNull();
    expect(mock.log()).toHaveLength(2);
    mock.setFaults({ holdAfterRequests: null });
    await pending;
    expect(third).toBe(200);
    expect(mock.log()).toHaveLength(3);
  });

  it('latencyMs delays every API answer', async () => {
    mock.setFaults({ latencyMs: 150 });
    const started = performance.now();
    expect((await apps()).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(mock.log()[0]?.ms).toBeGreaterThanOrEqual(140);
  });

  it.each([500, 502, 503])(
    'failures answer %i with Scalingo 5xx body, `times` times, on matching paths only',
    async (status) => {
      mock.setFaults({ failures: [{ path: '/v1/apps$', status, times: 2 }] });
      expect(await call(`${mock.url}/v1/users/self`, { bearer })).toMatchObject({ status: 200 });
      for (let i = 0; i < 2; i++) {
        expect(await apps()).toMatchObject({ status, json: { error: "Internal error occured, we're on it!" } });
      }
      expect((await apps()).status).toBe(200);
    },
  );

  it.each([
    [429, 'text', 'Retry later'],
    [401, 'json', { error: 'injected failure (401)' }],
    [403, 'json', { error: 'injected failure (403)', code: 'forbidden' }],
    [404, 'json', { error: 'not found' }],
    [422, 'json', { errors: { base: ['injected failure (422)'] } }],
  ] as const)('an injected %i has the body Scalingo documents for it', async (status, kind, expected) => {
    mock.setFaults({ failures: [{ path: '/v1/apps$', status, times: 1 }] });
    const answer = await apps();
    expect(answer.status).toBe(status);
    if (kind === 'text') expect(answer.text).toBe(expected);
    else expect(answer.json).toEqual(expected);
  });

  it('failures without `times` last until reset', async () => {
    mock.setFaults({ failures: [{ path: 'osc-fr1', status: 500 }] });
    for (let i = 0; i < 3; i++) expect((await apps()).status).toBe(500);
    mock.resetFaults();
    expect((await apps()).status).toBe(200);
  });

  it('malformed answers 200 with a JSON body that does not parse', async () => {
    mock.setFaults({ malformed: [{ path: '/collaborators$', times: 1 }] });
    const res = await fetch(`${mock.regionUrl('osc-fr1')}/v1/collaborators`, {
      headers: { Authorization: `Bearer ${bearer}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    await expect(res.json()).rejects.toThrow();
    expect(
      (await call(`${mock.regionUrl('osc-fr1')}/v1/collaborators`, { bearer })).json.collaborators.length,
    ).toBeGreaterThan(10);
  });

  it('revokeAfterRequests revokes every dataset token after N more requests (token revoked mid-scan)', async () => {
    mock.setFaults({ revokeAfterRequests: 2 });
    expect((await apps()).status).toBe(200);
    expect((await apps()).status).toBe(200);
    const third = await apps();
    expect(third).toMatchObject({ status: 401, json: { error: expect.stringMatching(/revoked/) } });
    const again = await call(`${mock.url}/v1/tokens/exchange`, {
      method: 'POST',
      authorization: basic(DEMO_TOKENS.julien),
    });
    expect(again.status).toBe(401);
    expect(mock.state.revokedTokens).toEqual(expect.arrayContaining([DEMO_TOKENS.alice, DEMO_TOKENS.julien]));
  });

  it('down cuts the connection without an answer, and is logged with status 0', async () => {
    mock.setFaults({ down: true });
    await expect(apps()).rejects.toThrow();
    expect(mock.log()[0]).toMatchObject({ path: '/regions/osc-fr1/v1/apps', status: 0 });
    mock.setFaults({ down: false });
    expect((await apps()).status).toBe(200);
  });

  it('setFaults merges, setFaults({}) keeps, resetFaults clears', async () => {
    mock.setFaults({ latencyMs: 5 });
    mock.setFaults({ failures: [{ path: 'x', status: 500 }] });
    mock.setFaults({});
    const current = await call(`${mock.url}/_mock/faults`);
    expect(current.json.faults).toMatchObject({ latencyMs: 5, failures: [{ path: 'x', status: 500 }], down: false });
    mock.resetFaults();
    expect((await call(`${mock.url}/_mock/faults`)).json.faults).toEqual({
      latencyMs: 0,
      failures: [],
      malformed: [],
      revokeAfterRequests: null,
      down: false,
      holdAfterRequests: null,
      holdCounts: 'all',
    });
  });

  it('faults can be given at start', async () => {
    const failing = await start({ faults: { failures: [{ path: 'regions', status: 503 }] } });
    try {
      expect((await call(`${failing.url}/v1/regions`)).status).toBe(503);
    } finally {
      await failing.close();
    }
  });
});

describe('control endpoint /_mock', () => {
  it('POST/DELETE /_mock/faults drive the faults, and are neither logged nor faulted', async () => {
    const set = await call(`${mock.url}/_mock/faults`, {
      method: 'POST',
      body: { failures: [{ path: '.', status: 500 }] },
    });
    expect(set.status).toBe(200);
    expect((await apps()).status).toBe(500);
    expect((await call(`${mock.url}/_mock/faults`, { method: 'DELETE' })).status).toBe(204);
    expect((await apps()).status).toBe(200);
    expect(mock.log().map((e) => e.path)).toEqual(['/regions/osc-fr1/v1/apps', '/regions/osc-fr1/v1/apps']);
  });

  it.each([
    ['an unknown fault', { explode: true }],
    ['a bad status', { failures: [{ path: '.', status: 200 }] }],
    ['invalid JSON', '{'],
  ])('POST /_mock/faults answers 400 for %s', async (_label, body) => {
    const answer = await call(`${mock.url}/_mock/faults`, {
      method: 'POST',
      ...(typeof body === 'string' ? { rawBody: body } : { body }),
    });
    expect(answer.status).toBe(400);
    expect(answer.json.error).toEqual(expect.any(String));
  });

  it('GET and DELETE /_mock/log expose and clear the request log', async () => {
    await apps();
    const log = await call(`${mock.url}/_mock/log`);
    expect(log.json.log).toEqual([
      expect.objectContaining({ method: 'GET', path: '/regions/osc-fr1/v1/apps', status: 200 }),
    ]);
    await call(`${mock.url}/_mock/log`, { method: 'DELETE' });
    expect(mock.log()).toEqual([]);
  });

  it('POST /_mock/revoke revokes one API token', async () => {
    expect(
      (await call(`${mock.url}/_mock/revoke`, { method: 'POST', body: { token: DEMO_TOKENS.alice } })).status,
    ).toBe(204);
    expect((await apps()).status).toBe(401);
    expect((await call(`${mock.url}/_mock/revoke`, { method: 'POST', body: {} })).status).toBe(400);
  });

  it('GET /_mock/state returns the live state, mutations included', async () => {
    const sandbox = mock.state.apps.find((a) => a.app.name === 'sandbox-alice');
    await call(`${mock.regionUrl('osc-fr1')}/v1/apps/sandbox-alice/collaborators`, {
      method: 'POST',
      bearer,
      body: { collaborator: { email: 'zoe@acme.example', is_limited: false } },
    });
    const state = await call(`${mock.url}/_mock/state`);
    const served = state.json.apps.find((a: { app: { name: string } }) => a.app.name === 'sandbox-alice');
    expect(served.collaborators).toEqual([expect.objectContaining({ email: 'zoe@acme.example', status: 'pending' })]);
    expect(sandbox?.collaborators).toHaveLength(1);
  });
});
