import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BURST, MAX_WAITING, readingGate, REFILL_MS } from '../../../lib/background/reading-rate';
import { ScalingoApiError } from '../../../lib/scalingo/errors';
import { createService } from '../../../lib/background/service';
import { dispatch } from '../../../lib/messages/dispatch';
import type { PageRow } from '../../../lib/pages/reading';
import { app, fakeClient, memoryDeps, region } from '../helpers';

// A hostile dashboard page (or content-script world) floods the background with readings: each
// would be a store write and a review republished. The background caps a tab's readings, and the
// latest reading of the page still counts; another tab is not held back.

const ctx = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const tab = (id: number) => ({
  id: 'ext-id',
  url: 'https://dashboard.scalingo.com/collaborators',
  frameId: 0,
  tab: { id, url: 'https://dashboard.scalingo.com/collaborators' },
});
const row = (app: string, email: string): PageRow => ({
  email,
  role: 'collaborator',
  tfa: null,
  pending: false,
  deleted: false,
  app,
});

beforeEach(() => void vi.useFakeTimers({ now: new Date('2026-11-30T12:00:00Z') }));
afterEach(() => void vi.useRealTimers());

async function setUp() {
  const { deps, state } = memoryDeps(
    () => fakeClient({ regions: [region('osc-fr1')], apps: { 'osc-fr1': [app('shop')] }, collaborators: [] }).client,
  );
  const writes = vi.spyOn(deps.store, 'setPageSnapshot');
  const service = createService(deps);
  await service.handle({ type: 'saveSettings', settings: { pageOnly: true } });
  const send = (rows: PageRow[], id = 3) => dispatch(service, { type: 'pageReading', rows }, tab(id), ctx);
  return { state, writes, send };
}

describe('a tab flooding the background with readings', () => {
  it('gets its readings capped, its latest reading kept, and other tabs served at once', async () => {
    const { state, writes, send } = await setUp();
    const flood = Array.from({ length: 200 }, (_, i) => send([row('shop', `p${i}@agency.example`)]));
    await vi.advanceTimersByTimeAsync(0);
    expect(writes.mock.calls.length).toBeLessThanOrEqual(BURST);
    // Another tab's reading is not held back by the flood.
    await send([row('blog', 'eve@acme.example')], 4);
    expect(state.pages?.apps.map((a) => a.name)).toContain('blog');
    // The page's latest reading is handled once the tab may send again: it is not lost.
    await vi.advanceTimersByTimeAsync(5_000);
    const replies = await Promise.all(flood);
    // (The account-wide page adds the people it shows to those kept: the readings dropped in between add nobody.)
    const kept = state.pages?.apps.find((a) => a.name === 'shop')?.rows.map((r) => r.email) ?? [];
    expect(kept).toContain('p199@agency.example');
    expect(kept.length).toBeLessThanOrEqual(BURST + 2);
    expect(writes.mock.calls.length).toBeLessThanOrEqual(BURST + 2);
    expect(replies.every((r) => r.ok)).toBe(true);
  });
});

describe('the readings waiting in one tab', () => {
  it('are bounded: past MAX_WAITING pages the oldest waiting one is dropped and the newest kept', async () => {
    const gate = readingGate(() => Date.now());
    const ran: string[] = [];
    const run = (page: string) => () => Promise.resolve(void ran.push(page)).then(() => true);
    // The tab spends its burst on one page; then MAX_WAITING + 1 other pages queue.
    for (let i = 0; i < BURST; i++) await gate('tab', 'burst', run('burst'));
    const queued = Array.from({ length: MAX_WAITING + 1 }, (_, i) =>
      gate('tab', `page-${i}`, run(`page-${i}`)).then(
        (kept) => (kept ? 'kept' : 'superseded'),
        (e: unknown) => (e instanceof ScalingoApiError ? e.kind : 'other'),
      ),
    );
    await vi.advanceTimersByTimeAsync((MAX_WAITING + 2) * REFILL_MS);
    const outcomes = await Promise.all(queued);
    // The oldest reading is refused (its sender may send it again); the newest page is handled.
    expect(outcomes[0]).toBe('rate_limited');
    expect(outcomes.slice(1)).toEqual(Array.from({ length: MAX_WAITING }, () => 'kept'));
    expect(ran.filter((p) => p !== 'burst')).toEqual(Array.from({ length: MAX_WAITING }, (_, i) => `page-${i + 1}`));
  });
});
