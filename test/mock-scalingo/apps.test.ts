import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKENS, EMPTY_TOKEN } from './demo';
import type { MockScalingo } from './server';
import { call, exchange, start } from './test-helpers';

let mock: MockScalingo;
beforeEach(async () => {
  mock = await start();
});
afterEach(() => mock.close());

const names = (apps: { name: string }[]) => apps.map((a) => a.name).sort();

describe('GET /v1/apps', () => {
  it.each([
    [
      'alice',
      DEMO_TOKENS.alice,
      'osc-fr1',
      [
        'billing-api-prod',
        'data-pipeline',
        'docs-portal',
        'internal-tools',
        'legacy-crm',
        'marketing-site',
        'partner-portal',
        'sandbox-alice',
        'shop-api-production',
        'shop-api-production-pr42',
        'shop-api-staging',
        'shop-frontend',
        'shop-frontend-pr7',
      ],
    ],
    ['alice', DEMO_TOKENS.alice, 'osc-secnum-fr1', ['care-records', 'payments-secnum']],
    ['julien (limited collaborator)', DEMO_TOKENS.julien, 'osc-fr1', ['docs-portal', 'shop-api-staging']],
    ['julien (limited collaborator)', DEMO_TOKENS.julien, 'osc-secnum-fr1', ['care-records']],
  ])('%s sees, in %s, the apps owned or collaborated on', async (_who, token, region, expected) => {
    const answer = await call(`${mock.regionUrl(region)}/v1/apps`, { bearer: await exchange(mock, token) });
    expect(answer.status).toBe(200);
    expect(names(answer.json.apps)).toEqual(expected);
    for (const app of answer.json.apps) expect(app.region).toBe(region);
  });

  it('an account without apps gets an empty list', async () => {
    const empty = await start({ dataset: 'empty' });
    try {
      const answer = await call(`${empty.regionUrl('osc-fr1')}/v1/apps`, {
        bearer: await exchange(empty, EMPTY_TOKEN),
      });
      expect(answer.json).toEqual({ apps: [] });
    } finally {
      await empty.close();
    }
  });

  it('serves app objects as the API does: owner, no pagination, unknown fields kept', async () => {
    const answer = await call(`${mock.regionUrl('osc-fr1')}/v1/apps`, {
      bearer: await exchange(mock, DEMO_TOKENS.alice),
    });
    expect(answer.json.meta).toBeUndefined();
    const billing = answer.json.apps.find((a: { name: string }) => a.name === 'billing-api-prod');
    expect(billing.owner).toEqual({
      username: 'ops-bot',
      email: 'ops-bot@acme.example',
      id: expect.stringMatching(/^us-/),
    });
    expect(billing.id).toMatch(/^[0-9a-f]{24}$/);
    expect(billing.links.deployments_stream).toMatch(/^wss:/);
  });
});

describe('GET /v1/apps/{app}', () => {
  it('finds an app by name and by id', async () => {
    const bearer = await exchange(mock, DEMO_TOKENS.alice);
    const byName = await call(`${mock.regionUrl('osc-secnum-fr1')}/v1/apps/care-records`, { bearer });
    expect(byName.status).toBe(200);
    expect(byName.json.app).toMatchObject({ name: 'care-records', hds_resource: true, region: 'osc-secnum-fr1' });
    const byId = await call(`${mock.regionUrl('osc-secnum-fr1')}/v1/apps/${byName.json.app.id}`, { bearer });
    expect(byId.json.app.name).toBe('care-records');
  });

  it.each([
    ['an app the caller has no access to', DEMO_TOKENS.julien, 'osc-fr1', 'marketing-site'],
    ['an app of another region', DEMO_TOKENS.alice, 'osc-secnum-fr1', 'shop-frontend'],
    ['an app that does not exist', DEMO_TOKENS.alice, 'osc-fr1', 'nope'],
  ])('answers 404 {resource, error} for %s', async (_label, token, region, app) => {
    const answer = await call(`${mock.regionUrl(region)}/v1/apps/${app}`, { bearer: await exchange(mock, token) });
    expect(answer.status).toBe(404);
    expect(answer.json).toEqual({ resource: 'app', error: 'not found' });
  });
});

describe('routing', () => {
  it.each([
    ['an unknown region', '/regions/agora-fr1/v1/apps'],
    ['an unknown route on a region', '/regions/osc-fr1/v1/nothing-here'],
    ['an unknown route on the auth service', '/v1/apps'],
  ])('answers a JSON 404 for %s', async (_label, path) => {
    const answer = await call(`${mock.url}${path}`, { bearer: await exchange(mock, DEMO_TOKENS.alice) });
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(answer.json.error).toBe('not found');
  });

  it('gives every API answer an X-Request-Id and CORS headers, and logs it', async () => {
    const answer = await call(`${mock.regionUrl('osc-fr1')}/v1/apps?x=1`);
    expect(answer.status).toBe(401);
    expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(mock.log()).toEqual([
      {
        method: 'GET',
        path: '/regions/osc-fr1/v1/apps',
        query: '?x=1',
        status: 401,
        ms: expect.any(Number),
        at: expect.any(String),
      },
    ]);
    mock.clearLog();
    expect(mock.log()).toEqual([]);
  });

  it('answers a CORS preflight with 204, without counting or logging it', async () => {
    const res = await fetch(`${mock.regionUrl('osc-fr1')}/v1/apps/x/collaborators/y`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'chrome-extension://abc',
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(res.headers.get('access-control-allow-headers')).toMatch(
      /Authorization.*Content-Type.*Accept.*X-Authorization-OTP/,
    );
    expect(mock.log()).toEqual([]);
  });
});
