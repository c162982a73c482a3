import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Issue #18's review, item 4: completing writes the review, its line, and the decisions and
// changes it recorded taken off, as one transaction. A failure in the middle leaves all or
// nothing; a decision stored while the completion is in flight (the queue gave up on a slow
// completion and went on) is not wiped by it. Run on a real IndexedDB's transactions
// (fake-indexeddb, real-idb.ts), not a stand-in that would let the test decide what "atomic" means.

vi.mock('../../../lib/storage/idb', async (actual) => ({
  idb: (await import('./real-idb')).spied((await actual<typeof import('../../../lib/storage/idb')>()).idb),
}));
const { dump, hooks, resetIdb, store } = await import('./real-idb');
const { RECORDS } = await import('../../../lib/storage/items');
const { ENTRY, ROW } = await import('../../../lib/storage/history-records');
const { serviceOnBrowserStore } = await import('./browser-store-service');

let ctx: Awaited<ReturnType<typeof serviceOnBrowserStore>>;
beforeEach(async () => {
  resetIdb();
  fakeBrowser.reset();
  ctx = await serviceOnBrowserStore();
});
afterEach(async () => {
  resetIdb();
  await ctx.mock.close();
});

async function decideTwo() {
  const open = (await ctx.service.handle({ type: 'getReview' }))!.findings.filter((f) => f.state === 'open');
  await ctx.service.handle({
    type: 'decide',
    decision: { findingId: open[0]!.id, kind: 'keep', justification: 'contracted until March', until: null },
  });
  return open[1]!.id;
}
const storedDecisions = async () => ((await store().get(RECORDS.decisions)) ?? []) as Array<{ findingId: string }>;

describe('completing is one transaction', () => {
  it('one write failing in the middle leaves nothing half-written: no review, no line, the decisions kept', async () => {
    await decideTwo();
    const before = await storedDecisions();
    // The review and its line are put first; then IndexedDB cannot store the decisions' new value.
    hooks.poison = (put) => (RECORDS.decisions in put ? { ...put, [RECORDS.decisions]: () => 'not storable' } : put);
    await expect(ctx.service.handle({ type: 'completeReview' })).rejects.toThrow();
    hooks.poison = undefined;
    expect([...(await dump(ENTRY)).keys(), ...(await dump(ROW)).keys()]).toEqual([]);
    expect(await ctx.service.handle({ type: 'getHistory' })).toEqual([]);
    expect(await storedDecisions()).toEqual(before);
    expect(before).toHaveLength(1);
  });

  it('a decision stored while the completion is in flight is not wiped; the recorded one is', async () => {
    const other = await decideTwo();
    const [first] = await storedDecisions();
    let injected = false;
    hooks.beforeWrite = async (keys) => {
      if (injected || !keys.includes(RECORDS.decisions)) return;
      injected = true;
      const later = { ...first!, findingId: other, kind: 'revoke', justification: '' };
      await store().put(RECORDS.decisions, [...(await storedDecisions()), later]);
    };
    await ctx.service.handle({ type: 'completeReview' });
    expect(injected).toBe(true);
    expect((await storedDecisions()).map((d) => d.findingId)).toEqual([other]);
    expect(await ctx.service.handle({ type: 'getHistory' })).toHaveLength(1);
  });
});
