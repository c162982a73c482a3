import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_TOKENS, DEMO_USER_IDS } from './demo';
import { decodeClaims } from './jwt';
import type { MockScalingo } from './server';
import { basic, call, exchange, start } from './test-helpers';

let mock: MockScalingo;
beforeEach(async () => {
  mock = await start();
});
afterEach(async () => {
  vi.useRealTimers();
  await mock.close();
});

describe('POST /v1/tokens/exchange', () => {
  it('exchanges an API token (Basic, empty user) for an HS256 JWT valid one hour', async () => {
    const before = Math.floor(Date.now() / 1000);
    const answer = await call(`${mock.url}/v1/tokens/exchange`, {
      method: 'POST',
      authorization: basic(DEMO_TOKENS.alice),
      body: {},
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const token = answer.json.token as string;
    const header = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()) as unknown;
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
    const claims = decodeClaims(token);
    expect(claims.sub).toBe(DEMO_USER_IDS.alice);
    expect(claims.exp).toBeGreaterThanOrEqual(before + 3600);
    expect(claims.exp).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 3600);
  });

  it.each([
    ['an unknown API token', basic('tk-us-nope')],
    ['no Authorization header', undefined],
    ['a Bearer instead of Basic', 'Bearer abc.def.ghi'],
    ['Basic without a colon', `Basic ${Buffer.from('tk-us-demo').toString('base64')}`],
  ])('answers 401 {error} for %s', async (_label, authorization) => {
    const answer = await call(`${mock.url}/v1/tokens/exchange`, { method: 'POST', authorization, body: {} });
    expect(answer.status).toBe(401);
    expect(answer.json).toEqual({ error: expect.any(String) });
  });

  it('refuses a revoked API token, and every bearer it produced', async () => {
    const bearer = await exchange(mock, DEMO_TOKENS.alice);
    mock.revokeToken(DEMO_TOKENS.alice);
    const again = await call(`${mock.url}/v1/tokens/exchange`, {
      method: 'POST',
      authorization: basic(DEMO_TOKENS.alice),
    });
    expect(again.status).toBe(401);
    const self = await call(`${mock.url}/v1/users/self`, { bearer });
    expect(self.status).toBe(401);
    expect(self.json.error).toMatch(/revoked/);
    // Other users' tokens keep working.
    expect((await call(`${mock.url}/v1/users/self`, { bearer: await exchange(mock, DEMO_TOKENS.julien) })).status).toBe(
      200,
    );
  });
});

describe('bearer checks', () => {
  /** Same header and signature, payload rewritten to impersonate julien. */
  const forge = (bearer: string) => {
    const [header = '', , signature = ''] = bearer.split('.');
    const claims = { ...decodeClaims(bearer), sub: DEMO_USER_IDS.julien };
    return `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
  };

  it.each([
    ['no bearer', () => undefined, /authentication required/],
    ['a garbled bearer', () => 'not-a-jwt', /malformed/],
    ['a payload changed after signing', (b: string) => forge(b), /signature/],
    [
      'a JWT signed by another server',
      () => 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl',
      /signature/,
    ],
  ])('answers 401 {error} with %s', async (_label, make, message) => {
    const bearer = await exchange(mock, DEMO_TOKENS.alice);
    const answer = await call(`${mock.regionUrl('osc-fr1')}/v1/apps`, { bearer: make(bearer) });
    expect(answer.status).toBe(401);
    expect(answer.json.error).toMatch(message);
  });

  it('rejects a bearer once its hour is over', async () => {
    const bearer = await exchange(mock, DEMO_TOKENS.alice);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 3601 * 1000);
    const answer = await call(`${mock.url}/v1/users/self`, { bearer });
    expect(answer.status).toBe(401);
    expect(answer.json).toEqual({ error: 'token expired' });
  });
});

describe('auth service', () => {
  it.each([
    ['auth service', () => `${mock.url}/v1/users/self`],
    ['regional API', () => `${mock.regionUrl('osc-secnum-fr1')}/v1/users/self`],
  ])('GET /v1/users/self on the %s returns {user}', async (_label, url) => {
    const answer = await call(url(), { bearer: await exchange(mock, DEMO_TOKENS.alice) });
    expect(answer.status).toBe(200);
    expect(answer.json.user).toMatchObject({ id: DEMO_USER_IDS.alice, username: 'alice', email: 'alice@acme.example' });
  });

  it('GET /v1/client/tfa returns the caller own 2FA', async () => {
    const answer = await call(`${mock.url}/v1/client/tfa`, { bearer: await exchange(mock, DEMO_TOKENS.alice) });
    expect(answer.json).toEqual({ tfa: { uuid: expect.any(String), enabled: true, provider: 'totp' } });
  });

  it('GET /v1/regions shows restricted regions only when authenticated, pointing back at the mock', async () => {
    const anonymous = await call(`${mock.url}/v1/regions`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.json.regions.map((r: { name: string }) => r.name)).toEqual(['osc-fr1']);
    const authed = await call(`${mock.url}/v1/regions`, { bearer: await exchange(mock, DEMO_TOKENS.alice) });
    expect(authed.json.regions).toEqual([
      expect.objectContaining({ name: 'osc-fr1', api: mock.regionUrl('osc-fr1'), default: true }),
      expect.objectContaining({ name: 'osc-secnum-fr1', api: mock.regionUrl('osc-secnum-fr1'), default: false }),
    ]);
    for (const region of authed.json.regions) {
      expect(Object.keys(region)).toEqual([
        'name',
        'display_name',
        'api',
        'dashboard',
        'database_api',
        'ssh',
        'default',
      ]);
    }
  });

  it('GET /v1/regions with a bad bearer is a 401, not an anonymous answer', async () => {
    expect((await call(`${mock.url}/v1/regions`, { bearer: 'garbage' })).status).toBe(401);
  });

  it.each([
    ['https://api.{region}.scalingo.com', 'https://api.osc-fr1.scalingo.com'],
    ['https://mock.example/', 'https://mock.example/regions/osc-fr1'],
  ])('publicUrl %s advertises %s', async (publicUrl, expected) => {
    const custom = await start({ publicUrl });
    try {
      const answer = await call(`${custom.url}/v1/regions`);
      expect(answer.json.regions[0].api).toBe(expected);
    } finally {
      await custom.close();
    }
  });
});
