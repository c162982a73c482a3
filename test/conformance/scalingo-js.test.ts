import { clientFromToken, type Client } from 'scalingo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOKENS, DEMO_USER_IDS } from '../mock-scalingo/demo';
import { startMockScalingo, type MockScalingo } from '../mock-scalingo/server';

/**
 * The mock is only worth what a real client accepts: Scalingo's official JS client (npm
 * `scalingo`, axios underneath) talks to it exactly as it would to auth.scalingo.com and
 * api.<region>.scalingo.com. If this breaks, fix the mock, not the test.
 */

let mock: MockScalingo;
let client: Client;
const options = () => ({ authApiUrl: mock.url, apiUrl: mock.regionUrl('osc-fr1'), noUserAgent: true });

beforeAll(async () => {
  mock = await startMockScalingo({ port: 0, rateLimit: false });
  client = await clientFromToken(DEMO_TOKENS.alice, options());
});
afterAll(() => mock.close());

describe('official scalingo.js client against the mock', () => {
  it('exchanges the demo API token (Basic, empty user) for a bearer', () => {
    expect(client._token.split('.')).toHaveLength(3);
    expect(mock.log()[0]).toMatchObject({ method: 'POST', path: '/v1/tokens/exchange', status: 200 });
  });

  it('reads the current user, its 2FA and the regions from the auth service', async () => {
    expect(await client.Users.self()).toMatchObject({ id: DEMO_USER_IDS.alice, username: 'alice' });
    expect(await client.TwoFactorAuth.status()).toMatchObject({ enabled: true, provider: 'totp' });
    const regions = await client.Regions.all();
    expect(regions.map((r) => [r.name, r.api])).toEqual([
      ['osc-fr1', mock.regionUrl('osc-fr1')],
      ['osc-secnum-fr1', mock.regionUrl('osc-secnum-fr1')],
    ]);
  });

  it('lists apps and finds one', async () => {
    const apps = await client.Apps.all();
    expect(apps.map((a) => a.name)).toContain('shop-api-production');
    const app = await client.Apps.find('shop-api-production');
    expect(app.owner.email).toBe('alice@acme.example');
  });

  it('lists collaborators per app and for all owned apps', async () => {
    const perApp = await client.Collaborators.for('shop-frontend');
    expect(perApp).toHaveLength(6);
    const all = await client.Collaborators.all({});
    expect(all.collaborators.length).toBeGreaterThan(perApp.length);
    expect(all.collaborators.every((c) => c.app_name !== 'billing-api-prod')).toBe(true);
  });

  it('changes a role and reads it back', async () => {
    const bruno = (await client.Collaborators.for('shop-api-production')).find((c) => c.email === 'bruno@acme.example');
    expect(bruno?.is_limited).toBe(false);
    const updated = await client.Collaborators.update('shop-api-production', bruno!.id, { is_limited: true });
    expect(updated).toMatchObject({ id: bruno!.id, is_limited: true });
    const again = (await client.Collaborators.for('shop-api-production')).find((c) => c.id === bruno!.id);
    expect(again?.is_limited).toBe(true);
  });

  it('invites and revokes, decoding the invitation as an object', async () => {
    // The string form sends no is_limited: the API default (Limited) applies.
    const invitation = await client.Collaborators.invite('sandbox-alice', 'zoe@acme.example');
    expect(invitation).toMatchObject({
      email: 'zoe@acme.example',
      status: 'pending',
      is_limited: true,
      username: 'n/a',
    });
    await client.Collaborators.destroy('sandbox-alice', invitation.id);
    expect(await client.Collaborators.for('sandbox-alice')).toEqual([]);
  });

  it('pages through app events with meta.pagination', async () => {
    const page = await client.Events.for('shop-api-production', { page: 2, per_page: 10 });
    expect(page.events).toHaveLength(10);
    // scalingo.js types `meta` as the pagination itself, a typing slip: the API nests it (§3.6).
    expect((page.meta as unknown as { pagination: { current_page: number } }).pagination.current_page).toBe(2);
  });

  it('talks to the SecNumCloud region through its advertised api URL', async () => {
    const secnum = await clientFromToken(DEMO_TOKENS.alice, { ...options(), apiUrl: mock.regionUrl('osc-secnum-fr1') });
    expect((await secnum.Apps.all()).map((a) => a.name).sort()).toEqual(['care-records', 'payments-secnum']);
  });

  it('surfaces a 403 to a limited collaborator as an APIError', async () => {
    const julien = await clientFromToken(DEMO_TOKENS.julien, options());
    const hugo = (await julien.Collaborators.for('docs-portal')).find((c) => c.email === 'hugo@acme.example');
    await expect(julien.Collaborators.update('docs-portal', hugo!.id, { is_limited: true })).rejects.toMatchObject({
      status: 403,
    });
  });

  it('reads the API tokens from the auth service: names and dates, no value', async () => {
    const tokens = await client.Tokens.all();
    expect(tokens.map((t) => t.name)).toContain('access-review');
    for (const t of tokens) {
      expect(typeof t.id).toBe('string');
      expect(Number.isNaN(Date.parse(t.created_at))).toBe(false);
      expect((t as { token?: string }).token).toBeUndefined();
    }
  });

  it('reads an SCM link with its linker and settings', async () => {
    const link = await client.SCMRepoLinks.find('shop-frontend');
    expect(link).toMatchObject({
      linker: { username: 'bruno' },
      deploy_review_apps_enabled: true,
      automatic_creation_from_forks_allowed: true,
    });
  });

  it('rejects a bad API token with a 401 carrying the error message', async () => {
    const failure = clientFromToken('tk-us-not-a-real-token', options());
    await expect(failure).rejects.toMatchObject({
      status: 401,
      data: { error: 'invalid API token' },
      message: 'invalid API token',
    });
  });
});
