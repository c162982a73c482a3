import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistoryEntry } from '../../../lib/review/record';

// The history in the browser store, one record per completed review (lib/storage/history-records.ts),
// on a real IndexedDB (fake-indexeddb, real-idb.ts): completing writes one review, not all; the page's list
// and a re-export read what they show; the array older versions stored moves into records with
// every entry kept, an unreadable one stored as it is and left out of the list (issue #18).

vi.mock('../../../lib/storage/idb', async (actual) => ({
  idb: (await import('./real-idb')).spied((await actual<typeof import('../../../lib/storage/idb')>()).idb),
}));
const { dump, reads, store, transactions } = await import('./real-idb');
const { browserStore } = await import('../../../lib/background/browser-store');
const { RECORDS } = await import('../../../lib/storage/items');
const { ENTRY, ROW } = await import('../../../lib/storage/history-records');
const { emptyStores, reviewAt } = await import('./completed-model');
const { serviceOnBrowserStore } = await import('./browser-store-service');

let model: HistoryEntry;
const review = (i: number): HistoryEntry => reviewAt(model, i);
const unreadable = { id: 'from-a-newer-version', status: 'completed', shape: 'unknown to this version' };
const stored = async (prefix: string) => [...(await dump(prefix)).keys()];

beforeEach(async () => {
  model = await emptyStores();
});

describe('the history as one record per completed review', () => {
  it('moves an older array into records, every entry kept, the unreadable one stored as it is', async () => {
    await store().put(RECORDS.history, [review(0), unreadable, review(1)]);
    expect((await browserStore.getHistoryRows()).map((r) => r.id)).toEqual(['review-0', 'review-1']);

    await browserStore.addHistory([review(2)]);
    expect(await store().get(RECORDS.history)).toBeUndefined();
    expect([...(await dump(ENTRY)).values()]).toEqual([review(0), unreadable, review(1), review(2)]);
    expect((await browserStore.getHistoryRows()).map((r) => r.id)).toEqual(['review-0', 'review-1', 'review-2']);
    expect((await browserStore.getHistory()).map((e) => e.id)).toEqual(['review-0', 'review-1', 'review-2']);
    expect(await browserStore.getHistoryEntry('review-1')).toEqual(review(1));
  });

  it('with 1,000 reviews kept, completing one more writes that review alone', async () => {
    await browserStore.addHistory(Array.from({ length: 1000 }, (_, i) => review(i)));
    transactions.length = 0;
    await browserStore.addHistory([review(1000)]);
    expect(transactions).toEqual([[`${ENTRY}00001000`, `${ROW}00001000`]]);
    const rows = await browserStore.getHistoryRows();
    expect(rows).toHaveLength(1001);
    expect(rows.at(-1)).toMatchObject({ id: 'review-1000', sha256: model.frozen!.sha256 });
    expect(await browserStore.getHistoryEntry('review-500')).toEqual(review(500));
  });

  it('lists from the lines and reopens one review without reading the others', async () => {
    await browserStore.addHistory(Array.from({ length: 1000 }, (_, i) => review(i)));
    reads.length = 0;
    expect(await browserStore.getHistoryRows()).toHaveLength(1000);
    expect(await browserStore.getHistoryEntry('review-999')).toEqual(review(999));
    // The 1,000 lines and one whole review: never the others with their frozen exports.
    expect(reads.filter((k) => k.startsWith(ENTRY))).toEqual([`${ENTRY}00000999`]);
    expect(reads.filter((k) => k.startsWith(ROW))).toHaveLength(2000);
  });

  it('completing through the service adds one record, and "forget everything" removes them all', async () => {
    const ctx = await serviceOnBrowserStore();
    try {
      await store().put(RECORDS.history, [review(0)]);
      transactions.length = 0;
      await ctx.service.handle({ type: 'completeReview' });
      const written = transactions.filter((keys) => keys.some((k) => k.startsWith(ENTRY)));
      // The reviews, and in that same transaction the decisions and changes taken off.
      const done = [RECORDS.decisions, RECORDS.changes];
      expect(written).toEqual([[`${ENTRY}00000000`, `${ROW}00000000`, `${ENTRY}00000001`, `${ROW}00000001`, ...done]]);
      transactions.length = 0;
      await ctx.service.handle({ type: 'completeReview' });
      expect(transactions.filter((keys) => keys.some((k) => k.startsWith(ENTRY)))).toEqual([
        [`${ENTRY}00000002`, `${ROW}00000002`, ...done],
      ]);
      expect(await ctx.service.handle({ type: 'getHistory' })).toHaveLength(3);
      await ctx.service.handle({ type: 'forgetEverything', confirm: true });
      expect([...(await stored(ENTRY)), ...(await stored(ROW))]).toEqual([]);
    } finally {
      await ctx.mock.close();
    }
  });
});
