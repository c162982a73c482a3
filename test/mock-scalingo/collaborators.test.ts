import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKENS } from './demo';
import type { MockScalingo } from './server';
import { call, exchange, start } from './test-helpers';

let mock: MockScalingo;
let alice: string;
let julien: string;
beforeEach(async () => {
  mock = await start();
  alice = await exchange(mock, DEMO_TOKENS.alice);
  julien = await exchange(mock, DEMO_TOKENS.julien);
});
afterEach(() => mock.close());

const fr1 = () => mock.regionUrl('osc-fr1');
const entry = (app: string) => {
  const found = mock.state.apps.find((a) => a.app.name === app);
  if (!found) throw new Error(`no app ${app} in the demo`);
  return found;
};
const collaboratorId = (app: string, email: string) => {
  const c = entry(app).collaborators.find((x) => x.email === email);
  if (!c) throw new Error(`no ${email} on ${app}`);
  return c.id;
};
const collaboratorUrl = (app: string, email: string) =>
  `${fr1()}/v1/apps/${app}/collaborators/${collaboratorId(app, email)}`;

describe('listing', () => {
  it('GET /v1/collaborators lists every collaborator of the apps the caller OWNS, with app_id/app_name', async () => {
    const answer = await call(`${fr1()}/v1/collaborators`, { bearer: alice });
    expect(answer.status).toBe(200);
    const apps = new Set(answer.json.collaborators.map((c: { app_name: string }) => c.app_name));
    expect(apps.has('billing-api-prod')).toBe(false); // owned by ops-bot
    expect(apps.has('shop-frontend')).toBe(true);
    const statuses = new Set(answer.json.collaborators.map((c: { status: string }) => c.status));
    expect(statuses).toEqual(new Set(['accepted', 'pending', 'user account deleted']));
    for (const c of answer.json.collaborators) {
      expect(c.app_id).toBe(entry(c.app_name).app.id);
      expect(c.email).not.toBe('alice@acme.example'); // the owner is never listed
    }
  });

  it('GET /v1/collaborators is empty for someone who owns nothing', async () => {
    expect((await call(`${fr1()}/v1/collaborators`, { bearer: julien })).json).toEqual({ collaborators: [] });
  });

  it('GET /v1/apps/{app}/collaborators works for a collaborator of an app owned by someone else', async () => {
    const answer = await call(`${fr1()}/v1/apps/billing-api-prod/collaborators`, { bearer: alice });
    expect(
      answer.json.collaborators.map((c: { username: string; is_limited: boolean }) => [c.username, c.is_limited]),
    ).toEqual([
      ['alice', false],
      ['chloe', false],
      ['bruno', true],
    ]);
  });

  it('hides invitation links from a limited collaborator [unconfirmed reading of the docs]', async () => {
    const forOwner = await call(`${fr1()}/v1/apps/docs-portal/collaborators`, { bearer: alice });
    const forLimited = await call(`${fr1()}/v1/apps/docs-portal/collaborators`, { bearer: julien });
    const pending = (list: { status: string; invitation_link: string }[]) =>
      list.find((c) => c.status === 'pending')?.invitation_link;
    expect(pending(forOwner.json.collaborators)).toMatch(/^https:\/\/my\.scalingo\.com\/apps\/collaboration\?token=/);
    expect(pending(forLimited.json.collaborators)).toBe('');
  });
});

describe('POST /v1/apps/{app}/collaborators (invite)', () => {
  it('answers 201 with the object form, pending, and records a new_collaborator event', async () => {
    const answer = await call(`${fr1()}/v1/apps/sandbox-alice/collaborators`, {
      method: 'POST',
      bearer: alice,
      body: { collaborator: { email: 'zoe@acme.example' } },
    });
    expect(answer.status).toBe(201);
    expect(answer.json.collaborator).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      email: 'zoe@acme.example',
      user_id: null,
      username: 'n/a',
      tfa_status: null,
      status: 'pending',
      is_limited: true,
      invitation_link: expect.stringMatching(/^https:\/\/my\.scalingo\.com\/apps\/collaboration\?token=\w+/),
      app_id: entry('sandbox-alice').app.id,
      app_name: 'sandbox-alice',
    });
    const events = await call(`${fr1()}/v1/apps/sandbox-alice/events`, { bearer: alice });
    expect(events.json.events[0]).toMatchObject({
      type: 'new_collaborator',
      user: { username: 'alice' },
      type_data: { collaborator: { email: 'zoe@acme.example', is_limited: true } },
    });
  });

  it.each([
    ['an e-mail already invited', { email: 'NINA@acme.example' }, 'email'],
    ['the owner e-mail', { email: 'alice@acme.example' }, 'email'],
    ['an invalid e-mail', { email: 'not-an-email' }, 'email'],
    ['no e-mail', {}, 'email'],
    ['a non-boolean is_limited', { email: 'zoe@acme.example', is_limited: 'yes' }, 'is_limited'],
  ])('answers 422 {errors} for %s', async (_label, collaborator, field) => {
    const answer = await call(`${fr1()}/v1/apps/shop-api-staging/collaborators`, {
      method: 'POST',
      bearer: alice,
      body: { collaborator },
    });
    expect(answer.status).toBe(422);
    expect(answer.json.errors[field]).toEqual([expect.any(String)]);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const answer = await call(`${fr1()}/v1/apps/sandbox-alice/collaborators`, {
      method: 'POST',
      bearer: alice,
      rawBody: '{"collaborator":',
    });
    expect(answer.status).toBe(400);
    expect(answer.json.error).toMatch(/^There was a problem in the JSON you submitted: /);
  });
});

describe('PATCH /v1/apps/{app}/collaborators/{id} (change role)', () => {
  it('lets the owner downgrade a full collaborator, and records change_collaborator_role', async () => {
    const answer = await call(collaboratorUrl('shop-api-production', 'bruno@acme.example'), {
      method: 'PATCH',
      bearer: alice,
      body: { collaborator: { is_limited: true } },
    });
    expect(answer.status).toBe(200);
    expect(answer.json.collaborator).toMatchObject({
      email: 'bruno@acme.example',
      is_limited: true,
      status: 'accepted',
    });
    const list = await call(`${fr1()}/v1/apps/shop-api-production/collaborators`, { bearer: alice });
    expect(list.json.collaborators.find((c: { email: string }) => c.email === 'bruno@acme.example').is_limited).toBe(
      true,
    );
    const events = await call(`${fr1()}/v1/apps/shop-api-production/events?per_page=1`, { bearer: alice });
    expect(events.json.events[0]).toMatchObject({
      type: 'change_collaborator_role',
      user: { username: 'alice' },
      type_data: { collaborator: { email: 'bruno@acme.example', username: 'bruno', is_limited: true } },
    });
  });

  it('lets a full (non-owner) collaborator change a role', async () => {
    const answer = await call(collaboratorUrl('billing-api-prod', 'bruno@acme.example'), {
      method: 'PATCH',
      bearer: alice,
      body: { collaborator: { is_limited: false } },
    });
    expect(answer.status).toBe(200);
    expect(answer.json.collaborator.is_limited).toBe(false);
  });

  it.each([
    ['another field', { is_limited: true, email: 'x@y.z' }, 'email'],
    ['the status', { status: 'accepted' }, 'status'],
    ['a non-boolean is_limited', { is_limited: 'true' }, 'is_limited'],
  ])('answers 422 when the body changes %s', async (_label, collaborator, field) => {
    const answer = await call(collaboratorUrl('shop-frontend', 'emma@acme.example'), {
      method: 'PATCH',
      bearer: alice,
      body: { collaborator },
    });
    expect(answer.status).toBe(422);
    expect(Object.keys(answer.json.errors)).toContain(field);
    expect(entry('shop-frontend').collaborators.find((c) => c.email === 'emma@acme.example')?.is_limited).toBe(false);
  });

  it('refuses to change the role of the SCM linker [status and body unconfirmed]', async () => {
    const answer = await call(collaboratorUrl('data-pipeline', 'ines@acme.example'), {
      method: 'PATCH',
      bearer: alice,
      body: { collaborator: { is_limited: true } },
    });
    expect(answer.status).toBe(422);
    expect(answer.json).toEqual({
      errors: { is_limited: ['cannot be changed for the user who linked the SCM integration'] },
    });
  });

  it('answers 404 for an unknown collaborator id', async () => {
    const answer = await call(`${fr1()}/v1/apps/shop-frontend/collaborators/000000000000000000000000`, {
      method: 'PATCH',
      bearer: alice,
      body: { collaborator: { is_limited: true } },
    });
    expect(answer).toMatchObject({ status: 404, json: { resource: 'collaborator', error: 'not found' } });
  });
});

describe('permissions on writes', () => {
  const writes = [
    ['PATCH', () => collaboratorUrl('docs-portal', 'hugo@acme.example'), { collaborator: { is_limited: true } }],
    ['DELETE', () => collaboratorUrl('docs-portal', 'hugo@acme.example'), undefined],
    ['POST', () => `${fr1()}/v1/apps/docs-portal/collaborators`, { collaborator: { email: 'zoe@acme.example' } }],
  ] as const;

  it.each(writes)(
    'a limited collaborator gets 403 {error, code} on %s [401 vs 403 unconfirmed]',
    async (method, url, body) => {
      const answer = await call(url(), { method, bearer: julien, body });
      expect(answer.status).toBe(403);
      expect(answer.json).toEqual({ error: expect.any(String), code: 'forbidden' });
      expect(entry('docs-portal').collaborators).toHaveLength(3);
    },
  );

  it.each(writes)('a stranger gets 404 for the app on %s', async (method, url, body) => {
    const stranger = await call(url().replace('docs-portal', 'marketing-site'), { method, bearer: julien, body });
    expect(stranger).toMatchObject({ status: 404, json: { resource: 'app', error: 'not found' } });
  });
});

describe('DELETE /v1/apps/{app}/collaborators/{id}', () => {
  it.each([
    ['an accepted collaborator', 'shop-frontend', 'emma@acme.example'],
    ['a pending invitation', 'shop-api-staging', 'nina@acme.example'],
    ['a deleted account entry', 'marketing-site', 'paul@acme.example'],
  ])('removes %s with 204 and records delete_collaborator', async (_label, app, email) => {
    const answer = await call(collaboratorUrl(app, email), { method: 'DELETE', bearer: alice });
    expect(answer.status).toBe(204);
    expect(answer.text).toBe('');
    const list = await call(`${fr1()}/v1/apps/${app}/collaborators`, { bearer: alice });
    expect(list.json.collaborators.map((c: { email: string }) => c.email)).not.toContain(email);
    const events = await call(`${fr1()}/v1/apps/${app}/events?per_page=1`, { bearer: alice });
    expect(events.json.events[0]).toMatchObject({
      type: 'delete_collaborator',
      type_data: { collaborator: { email } },
    });
  });
});
