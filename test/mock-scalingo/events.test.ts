import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKENS, DEMO_USER_IDS } from './demo';
import type { MockScalingo } from './server';
import { call, exchange, start } from './test-helpers';

let mock: MockScalingo;
let alice: string;
beforeEach(async () => {
  mock = await start();
  alice = await exchange(mock, DEMO_TOKENS.alice);
});
afterEach(() => mock.close());

const events = (app: string, query = '', bearer = alice, region = 'osc-fr1') =>
  call(`${mock.regionUrl(region)}/v1/apps/${app}/events${query}`, { bearer });

describe('GET /v1/apps/{app}/events', () => {
  const total = 52; // events of shop-api-production in the demo

  it.each([
    ['', 30, { prev_page: null, current_page: 1, next_page: 2, total_pages: 2 }],
    ['?page=2', 22, { prev_page: 1, current_page: 2, next_page: null, total_pages: 2 }],
    ['?per_page=10&page=3', 10, { prev_page: 2, current_page: 3, next_page: 4, total_pages: 6 }],
    ['?per_page=500', total, { prev_page: null, current_page: 1, next_page: null, total_pages: 1 }],
    ['?page=9', 0, { prev_page: 8, current_page: 9, next_page: null, total_pages: 2 }],
    ['?per_page=abc&page=-1', 30, { prev_page: null, current_page: 1, next_page: 2, total_pages: 2 }],
  ])('paginates %s: %i events and meta.pagination', async (query, count, pagination) => {
    const answer = await events('shop-api-production', query);
    expect(answer.status).toBe(200);
    expect(answer.json.events).toHaveLength(count);
    expect(answer.json.meta).toEqual({ pagination: { ...pagination, total_count: total } });
  });

  it('caps per_page at 100 [maximum undocumented]', async () => {
    mock.state.apps[0]!.events.push(
      ...Array.from({ length: 60 }, (_, i) => ({
        id: `e${i}`,
        created_at: new Date(i * 1000).toISOString(),
        type: 'restart',
      })),
    );
    const answer = await events(mock.state.apps[0]!.app.name, '?per_page=1000');
    expect(answer.json.events).toHaveLength(100);
    expect(answer.json.meta.pagination).toMatchObject({ next_page: 2, total_pages: 2, total_count: 112 });
  });

  it('serves newest first, across pages, with the app and the acting user', async () => {
    const first = await events('shop-api-production', '?per_page=26');
    const second = await events('shop-api-production', '?per_page=26&page=2');
    const dates = [...first.json.events, ...second.json.events].map((e: { created_at: string }) =>
      Date.parse(e.created_at),
    );
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(first.json.events[0]).toMatchObject({
      app_name: 'shop-api-production',
      app_id: expect.any(String),
      user: { id: expect.any(String) },
    });
  });

  it('keeps platform events and restarts without a user', async () => {
    const answer = await events('data-pipeline');
    const types = answer.json.events.map(
      (e: { type: string; user?: { username: string } }) => `${e.type}:${e.user?.username ?? '-'}`,
    );
    expect(types).toContain('database_backup_succeeded:scalingo-platform');
    expect(types).toContain('restart:-');
    expect(types).toContain('link_scm:ines');
  });

  it('honours `from` (last N hours), which overrides pagination', async () => {
    const answer = await events('shop-api-production', '?from=72&per_page=1');
    const since = Date.now() - 72 * 3_600_000;
    expect(answer.json.events.length).toBeGreaterThan(1);
    for (const e of answer.json.events) expect(Date.parse(e.created_at)).toBeGreaterThanOrEqual(since);
    expect(answer.json.meta.pagination).toMatchObject({
      current_page: 1,
      next_page: null,
      total_count: answer.json.events.length,
    });
  });

  it('hides env-var values from limited collaborators [how, unconfirmed]', async () => {
    const julien = await exchange(mock, DEMO_TOKENS.julien);
    const pick = (list: { type: string; type_data: Record<string, unknown> }[]) =>
      list.find((e) => e.type === 'edit_variable')?.type_data;
    expect(pick((await events('shop-api-staging', '', alice)).json.events)).toMatchObject({ value: 'new-secret' });
    expect(pick((await events('shop-api-staging', '', julien)).json.events)).toEqual({
      name: 'REDIS_URL',
      old_value: '[hidden]',
      value: '[hidden]',
    });
  });

  it('answers 404 for an app the caller cannot see', async () => {
    const julien = await exchange(mock, DEMO_TOKENS.julien);
    expect((await events('legacy-crm', '', julien)).status).toBe(404);
  });
});

describe('GET /v1/events (own timeline)', () => {
  it('lists only what the caller did, paginated', async () => {
    const answer = await call(`${mock.regionUrl('osc-fr1')}/v1/events?per_page=5`, { bearer: alice });
    expect(answer.json.events).toHaveLength(5);
    for (const e of answer.json.events) expect(e.user.id).toBe(DEMO_USER_IDS.alice);
    expect(answer.json.meta.pagination.total_count).toBeGreaterThan(40);
  });
});
