import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKENS } from './demo';
import type { MockScalingo } from './server';
import { call, exchange, start } from './test-helpers';

// Each variant changes what the mock answers, from tests in-process and over `/_mock/variants`.

let mock: MockScalingo;
let bearer: string;
beforeEach(async () => {
  mock = await start();
  bearer = await exchange(mock, DEMO_TOKENS.alice);
});
afterEach(() => mock.close());

const osc = (path: string) => call(`${mock.regionUrl('osc-fr1')}${path}`, { bearer });
const events = (query: string) => osc(`/v1/apps/shop-api-production/events${query}`);
const pending = async () =>
  ((await osc('/v1/collaborators')).json.collaborators as { status: string; username: unknown }[]).filter(
    (c) => c.status === 'pending',
  );

describe('variants', () => {
  it('maxPerPage caps per_page', async () => {
    expect((await events('?per_page=100')).json.events).toHaveLength(52);
    mock.setVariants({ maxPerPage: 30 });
    const answer = await events('?per_page=100');
    expect(answer.json.events).toHaveLength(30);
    expect(answer.json.meta.pagination).toMatchObject({ current_page: 1, next_page: 2, total_pages: 2 });
  });

  it('lastPageNext: the last page names itself as next (go-utils)', async () => {
    expect((await events('?per_page=30&page=2')).json.meta.pagination).toMatchObject({
      current_page: 2,
      next_page: null,
    });
    mock.setVariants({ lastPageNext: 'total-pages' });
    expect((await events('?per_page=30&page=2')).json.meta.pagination).toMatchObject({
      current_page: 2,
      next_page: 2,
      total_pages: 2,
    });
  });

  it('eventOrder: oldest first', async () => {
    const at = (r: Awaited<ReturnType<typeof events>>) =>
      (r.json.events as { created_at: string }[]).map((e) => Date.parse(e.created_at));
    const newest = at(await events('?per_page=100'));
    mock.setVariants({ eventOrder: 'oldest-first' });
    const oldest = at(await events('?per_page=100'));
    expect(oldest).toEqual([...newest].reverse());
    expect(oldest[0]).toBeLessThan(oldest.at(-1)!);
  });

  it('eventsFrom: ignored answers pages as if `from` were absent', async () => {
    const windowed = await events('?from=72');
    expect(windowed.json.meta.pagination.total_pages).toBe(1);
    mock.setVariants({ eventsFrom: 'ignored' });
    expect((await events('?from=72')).json.events).toHaveLength(30);
  });

  it('pendingUsername: null instead of "n/a"', async () => {
    expect((await pending()).map((c) => c.username)).toEqual(expect.arrayContaining(['n/a']));
    mock.setVariants({ pendingUsername: null });
    const rows = await pending();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((c) => c.username === null)).toBe(true);
  });

  it('ownedCollaborators: missing answers 404, per-app lists still work', async () => {
    mock.setVariants({ ownedCollaborators: 'missing' });
    expect((await osc('/v1/collaborators')).status).toBe(404);
    expect((await osc('/v1/apps/shop-api-staging/collaborators')).status).toBe(200);
  });

  it('appLastEvent: present names the newest event, without its data', async () => {
    expect((await osc('/v1/apps')).json.apps[0]).not.toHaveProperty('last_event');
    mock.setVariants({ appLastEvent: 'present' });
    const app = (await osc('/v1/apps/shop-api-production')).json.app;
    expect(app.last_event).toEqual({
      id: expect.any(String),
      type: expect.any(String),
      created_at: expect.any(String),
    });
    expect(app.last_event.created_at).toBe((await events('?per_page=1')).json.events[0].created_at);
  });

  it('rateLimitBody: JSON {error, code} instead of text', async () => {
    mock.setFaults({ failures: [{ path: '/v1/apps$', status: 429 }] });
    expect(await osc('/v1/apps')).toMatchObject({ status: 429, text: 'Retry later' });
    mock.setVariants({ rateLimitBody: 'json' });
    const answer = await osc('/v1/apps');
    expect(answer).toMatchObject({ status: 429, json: { error: 'Retry later', code: expect.any(String) } });
    expect(answer.headers.get('content-type')).toContain('application/json');
  });

  it('scmNoLink: an app without a link answers 200 `{scm_repo_link: null}` instead of 404', async () => {
    expect((await osc('/v1/apps/sandbox-alice/scm_repo_link')).status).toBe(404);
    mock.setVariants({ scmNoLink: 'null' });
    expect(await osc('/v1/apps/sandbox-alice/scm_repo_link')).toMatchObject({
      status: 200,
      json: { scm_repo_link: null },
    });
    expect((await osc('/v1/apps/shop-api-production/scm_repo_link')).json.scm_repo_link.linker).toBeTruthy();
  });

  it('tokenNeverUsed: a never-used token has no `last_used_at` at all instead of null', async () => {
    const neverUsed = async () =>
      ((await call(`${mock.url}/v1/tokens`, { bearer })).json.tokens as Record<string, unknown>[]).find(
        (t) => t.name === 'test-script',
      )!;
    expect(await neverUsed()).toHaveProperty('last_used_at', null);
    mock.setVariants({ tokenNeverUsed: 'absent' });
    expect(await neverUsed()).not.toHaveProperty('last_used_at');
  });

  it('eventNoUser: an event nobody caused carries `user: null` instead of no field', async () => {
    const restart = async () =>
      ((await events('?per_page=100')).json.events as Record<string, unknown>[]).find(
        (e) => e.type === 'restart' && !e.user,
      )!;
    expect(await restart()).not.toHaveProperty('user');
    mock.setVariants({ eventNoUser: 'null' });
    expect(await restart()).toHaveProperty('user', null);
  });

  it('are set, read and reset over the control route; bad input is refused and changes nothing', async () => {
    const control = (method: string, body?: unknown) => call(`${mock.url}/_mock/variants`, { method, body });
    expect(await control('POST', { eventOrder: 'oldest-first', maxPerPage: 50 })).toMatchObject({
      status: 200,
      json: { variants: { eventOrder: 'oldest-first', maxPerPage: 50, rateLimitBody: 'text' } },
    });
    expect(mock.variants()).toMatchObject({ eventOrder: 'oldest-first', maxPerPage: 50 });
    expect((await control('POST', { maxPerPage: 40 })).status).toBe(400);
    expect((await control('POST', { nonsense: true })).status).toBe(400);
    expect((await control('GET')).json.variants.maxPerPage).toBe(50);
    expect((await control('DELETE')).status).toBe(204);
    expect((await control('GET')).json.variants).toMatchObject({ eventOrder: 'newest-first', maxPerPage: 100 });
  });
});
