import { describe, expect, it } from 'vitest';
import { summarise } from '../../../lib/activity/summary';
import { ScalingoApiError } from '../../../lib/scalingo/errors';
import type { Event } from '../../../lib/scalingo/schemas';
import { fetchAppEvents, type EventsClient } from '../../../lib/scan/app-events';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-20T12:00:00Z');
const windowStart = NOW - 90 * DAY;
const bob = { id: 'us-bob', email: 'bob@acme.example', username: 'bob' };

let seq = 0;
const ev = (
  daysAgo: number,
  type: string,
  user: typeof bob | null = bob,
  type_data?: Record<string, unknown>,
): Event => ({
  id: `ev-${++seq}`,
  created_at: new Date(NOW - daysAgo * DAY).toISOString(),
  type,
  user,
  type_data,
});

/** Serves `events` (newest first) in pages of `per`, optionally failing a page. */
function pages(events: Event[], per: number, failPage?: number): EventsClient & { calls: number[] } {
  const calls: number[] = [];
  return {
    calls,
    events: async (_api, _app, page) => {
      calls.push(page);
      if (page === failPage) throw new ScalingoApiError('unexpected', 'not JSON');
      const next = page * per < events.length ? page + 1 : null;
      return {
        events: events.slice((page - 1) * per, page * per),
        meta: { pagination: { current_page: page, next_page: next } },
      };
    },
  };
}

const job = (previous: Parameters<typeof fetchAppEvents>[1]['previous'] = null, now = NOW) => ({
  api: 'https://api',
  appId: 'app',
  region: 'osc-fr1',
  previous,
  collaboratorsKey: 'k',
  windowStart: now - 90 * DAY,
  now: new Date(now),
});

describe('fetchAppEvents', () => {
  const history = [
    ev(1, 'restart'),
    ev(5, 'run'),
    ev(40, 'deployment'),
    ev(80, 'edit_variable'),
    ev(100, 'run'),
    ev(200, 'scale'),
  ];

  it('pages back to the window start and no further, keeping no secret values', async () => {
    const client = pages([history[0]!, { ...history[1]!, type_data: { value: 's3cr3t' } }, ...history.slice(2)], 2);
    const r = await fetchAppEvents(client, job());
    expect(client.calls).toEqual([1, 2, 3]); // page 3 holds the first event older than 90 days
    expect(JSON.stringify(r.activity)).not.toContain('s3cr3t');
    const s = summarise(r.activity!, { userId: bob.id, email: bob.email }, windowStart);
    expect(s).toMatchObject({
      complete: true,
      actions: 4,
      fullOnly: { count: 2, types: { run: 1, edit_variable: 1 } },
    });
  });

  it('a rescan reads only the new events and stops at the newest it had', async () => {
    const first = await fetchAppEvents(pages(history, 2), job());
    const newer = [ev(0.5, 'run'), ev(0.2, 'restart')].reverse();
    const client = pages([...newer, ...history], 2);
    const r = await fetchAppEvents(client, job(first.activity, NOW + DAY));
    expect(client.calls).toEqual([1, 2]);
    const s = summarise(r.activity!, { userId: bob.id, email: bob.email }, NOW + DAY - 90 * DAY);
    expect(s.fullOnly.count).toBe(3);
    expect(s.actions).toBe(6);
  });

  it('a rescan that lists events of the newest known second in another order counts nothing twice', async () => {
    const at = (id: string, type: string): Event => ({
      id,
      created_at: new Date(NOW - DAY).toISOString(),
      type,
      user: bob,
    });
    const first = await fetchAppEvents(
      pages([at('ev-a', 'run'), at('ev-b', 'deployment'), ...history.slice(1)], 10),
      job(),
    );
    const r = await fetchAppEvents(
      pages([at('ev-b', 'deployment'), at('ev-a', 'run'), ...history.slice(1)], 10),
      job(first.activity, NOW + 1000),
    );
    const count = (a: typeof r.activity) => {
      const s = summarise(a!, { userId: bob.id, email: bob.email }, windowStart);
      return { actions: s.actions, fullOnly: s.fullOnly };
    };
    expect(count(r.activity)).toEqual(count(first.activity));
    expect(count(r.activity).actions).toBe(5);
  });

  it('a first fetch that fails half-way keeps what it read, marked incomplete', async () => {
    const r = await fetchAppEvents(pages(history, 2, 2), job());
    expect(r.error).toBeInstanceOf(ScalingoApiError);
    const s = summarise(r.activity!, { userId: bob.id, email: bob.email }, windowStart);
    expect(s).toMatchObject({ complete: false, actions: 2 });
  });

  it('a refresh that fails half-way keeps the previous record whole', async () => {
    const first = await fetchAppEvents(pages(history, 2), job());
    const newer = [ev(0.1, 'run'), ev(0.2, 'run'), ev(0.3, 'run')];
    const r = await fetchAppEvents(pages([...newer, ...history], 2, 2), job(first.activity, NOW + DAY));
    expect(r.activity).toEqual(first.activity);
  });

  it('does not count the platform’s events or events without a user as anyone’s activity', async () => {
    const platform = { id: 'us-platform', email: 'deploy@scalingo.com', username: 'scalingo-platform' };
    const r = await fetchAppEvents(
      pages([ev(1, 'restart', null), ev(2, 'database_backup_succeeded', platform)], 10),
      job(),
    );
    expect(r.activity!.people).toEqual({});
  });
});
