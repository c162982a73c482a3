import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Issue #18's review, item 4: completing writes the review, its line, and the decisions and
// changes it recorded taken off, as one transaction. A failure in the middle leaves all or
// nothing; a decision stored while the completion is in flight (the queue gave up on a slow
// completion and went on) is not wiped by it.

vi.mock('../../../lib/storage/idb', async () => ({ idb: (await import('./map-idb')).mapIdb }));
const { records, hooks } = await import('./map-idb');
const { RECORDS } = await import('../../../lib/storage/items');
const { serviceOnBrowserStore } = await import('./browser-store-service');

let ctx: Awaited<ReturnType<typeof serviceOnBrowserStore>>;
beforeEach(async () => {
  records.clear();
  fakeBrowser.reset();
  hooks.beforeWrite = undefined;
  ctx = await serviceOnBrowserStore();
});
afterEach(async () => {
  hooks.beforeWrite = undefined;
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
const storedDecisions = () => (records.get(RECORDS.decisions) ?? []) as Array<{ findingId: string }>;

describe('completing is one transaction', () => {
  it('a write failing in the middle leaves nothing: no review added, the decisions kept', async () => {
    await decideTwo();
    hooks.beforeWrite = (keys) => {
      if (keys.includes(RECORDS.decisions)) throw new Error('disk full');
    };
    await expect(ctx.service.handle({ type: 'completeReview' })).rejects.toThrow();
    hooks.beforeWrite = undefined;
    expect(await ctx.service.handle({ type: 'getHistory' })).toEqual([]);
    expect(storedDecisions()).toHaveLength(1);
  });

  it('a decision stored while the completion is in flight is not wiped; the recorded one is', async () => {
    const other = await decideTwo();
    const [first] = storedDecisions();
    let injected = false;
    hooks.beforeWrite = () => {
      if (injected) return;
      injected = true;
      const later = { ...first!, findingId: other, kind: 'revoke', justification: '' };
      records.set(RECORDS.decisions, [...storedDecisions(), later]);
    };
    await ctx.service.handle({ type: 'completeReview' });
    expect(injected).toBe(true);
    expect(storedDecisions().map((d) => d.findingId)).toEqual([other]);
    expect(await ctx.service.handle({ type: 'getHistory' })).toHaveLength(1);
  });
});
