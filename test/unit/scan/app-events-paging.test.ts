import { describe, expect, it } from 'vitest';
import { summarise } from '../../../lib/activity/summary';
import { EventsResponse } from '../../../lib/scalingo/schemas';
import { fetchAppEvents, type EventsClient } from '../../../lib/scan/app-events';

// Paging an app's events ends on every answer Scalingo's paginators give (go-utils answers
// `next_page = total_pages` on the last page, scalingo-api.md §8), whatever the order of the
// events, and one malformed event is skipped and counted, never fatal for its page.

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-20T12:00:00Z');
const windowStart = NOW - 90 * DAY;
const bob = { id: 'us-bob', email: 'bob@acme.example', username: 'bob' };
const job = (previous: Parameters<typeof fetchAppEvents>[1]['previous'] = null, now = NOW) => ({
  api: 'https://api',
  appId: 'app',
  region: 'osc-fr1',
  previous,
  collaboratorsKey: 'k',
  windowStart: now - 90 * DAY,
  now: new Date(now),
});

let seq = 0;
const ev = (daysAgo: number, type = 'deployment'): Record<string, unknown> => ({
  id: `ev-${++seq}`,
  created_at: new Date(NOW - daysAgo * DAY).toISOString(),
  type,
  user: bob,
});

type Paginate = (
  page: number,
  total: number,
) => { page: number; next: number | null; current: number; total_pages?: number };
/** Go-utils: a page past the end answers the last one, and the last page names itself as next. */
const goUtils: Paginate = (page, total) => ({
  page: Math.min(page, total),
  current: Math.min(page, total),
  next: Math.min(page + 1, total),
  total_pages: total,
});

/** Serves raw events through the real schema, in pages of `per`; refuses to be asked forever. */
function server(
  raw: Record<string, unknown>[],
  per: number,
  paginate: Paginate = goUtils,
): EventsClient & { calls: number[] } {
  const calls: number[] = [];
  const total = Math.max(1, Math.ceil(raw.length / per));
  return {
    calls,
    events: async (_api, _app, asked) => {
      calls.push(asked);
      if (calls.length > 20) throw new Error('paged forever');
      const p = paginate(asked, total);
      const body = {
        events: raw.slice((p.page - 1) * per, p.page * per),
        meta: { pagination: { current_page: p.current, next_page: p.next, total_pages: p.total_pages } },
      };
      return EventsResponse.parse(body);
    },
  };
}
const bobOf = (r: Awaited<ReturnType<typeof fetchAppEvents>>) =>
  summarise(r.activity!, { userId: bob.id, email: bob.email }, windowStart);

describe('paging an app’s events', () => {
  const history = [ev(1), ev(2), ev(3), ev(4), ev(5)];

  it('stops on the last page when next_page repeats total_pages (go-utils)', async () => {
    const client = server(history, 2);
    const r = await fetchAppEvents(client, job());
    expect(r.error).toBeNull();
    expect(client.calls).toEqual([1, 2, 3]);
    expect(bobOf(r).actions).toBe(5);
  });

  it('stops when current_page reaches total_pages, whatever next_page says', async () => {
    const client = server(history, 2, (page, total) => ({ page, current: page, next: page + 1, total_pages: total }));
    const r = await fetchAppEvents(client, job());
    expect(client.calls).toEqual([1, 2, 3]);
    expect(bobOf(r).actions).toBe(5);
  });

  it('stops on an empty page', async () => {
    const client = server(history, 2, (page) => ({ page, current: page, next: page + 1 }));
    const r = await fetchAppEvents(client, job());
    expect(client.calls).toEqual([1, 2, 3, 4]);
    expect(r.error).toBeNull();
  });

  it('stops when a page brings nothing new (a server that ignores `page`)', async () => {
    const client = server(history, 2, () => ({ page: 1, current: 1, next: 2 }));
    const r = await fetchAppEvents(client, job());
    expect(client.calls).toEqual([1, 2]);
    expect(bobOf(r).actions).toBe(2);
  });
});

describe('a malformed event', () => {
  it('is skipped and counted; the rest of its page is read', async () => {
    const page = [
      ev(1, 'run'),
      { ...ev(2), user: { email: 'x@acme.example' } },
      { ...ev(3), type_data: 'not an object' },
      ev(4, 'run'),
    ];
    const r = await fetchAppEvents(server(page, 10), job());
    expect(r.error).toBeNull();
    expect(r.skipped).toBe(2);
    expect(bobOf(r)).toMatchObject({ actions: 2, fullOnly: { count: 2 } });
  });

  it('an event that is not even an object is skipped too', () => {
    const parsed = EventsResponse.parse({ events: [null, 'x', ev(1)] });
    expect(parsed.events).toHaveLength(1);
    expect(parsed.skipped).toBe(2);
  });
});

describe('the order of events', () => {
  const history = [ev(1, 'run'), ev(10), ev(50, 'edit_variable'), ev(100, 'run'), ev(200, 'scale')];

  it('oldest first gives the same activity as newest first', async () => {
    const newest = await fetchAppEvents(server(history, 2), job());
    const oldest = await fetchAppEvents(server([...history].reverse(), 2), job());
    expect(bobOf(oldest)).toEqual(bobOf(newest));
    expect(bobOf(oldest)).toMatchObject({
      actions: 3,
      complete: true,
      fullOnly: { types: { run: 1, edit_variable: 1 } },
    });
  });

  it('a rescan oldest first adds only what is new', async () => {
    const first = await fetchAppEvents(server([...history].reverse(), 2), job());
    const newer = [ev(0.5, 'run'), ev(0.2, 'new_variable')];
    const r = await fetchAppEvents(
      server([...history].reverse().concat(newer.reverse()), 2),
      job(first.activity, NOW + DAY),
    );
    const s = summarise(r.activity!, { userId: bob.id, email: bob.email }, NOW + DAY - 90 * DAY);
    expect(s).toMatchObject({ actions: 5, fullOnly: { count: 4 } });
  });
});

describe('a page of malformed events only', () => {
  it('is not taken for the end of the history', async () => {
    const raw = [
      ev(1, 'run'),
      ev(2, 'run'),
      { ...ev(3), user: {} },
      { ...ev(4), user: {} },
      ev(5, 'run'),
      ev(6, 'run'),
    ];
    const r = await fetchAppEvents(server(raw, 2), job());
    expect(r.skipped).toBe(2);
    expect(bobOf(r)).toMatchObject({ actions: 4, fullOnly: { count: 4 } });
  });
});
