import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistoryEntry } from '../../../lib/review/record';
import { historyRow } from '../../../lib/review/history';

// Issue #18's review, item 9: reopening a review read the lines' keys and their values in two
// reads and matched them by position. A review completed between the two (or "forget everything")
// shifted them: the wrong review, or a crash. Both are read together now, in one transaction of a
// real IndexedDB (fake-indexeddb, real-idb.ts).

vi.mock('../../../lib/storage/idb', async (actual) => ({
  idb: (await import('./real-idb')).spied((await actual<typeof import('../../../lib/storage/idb')>()).idb),
}));
const { hooks, store } = await import('./real-idb');
const { browserStore } = await import('../../../lib/background/browser-store');
const { ENTRY, ROW } = await import('../../../lib/storage/history-records');
const { emptyStores, reviewAt } = await import('./completed-model');

let model: HistoryEntry;
const review = (i: number): HistoryEntry => reviewAt(model, i);

beforeEach(async () => {
  model = await emptyStores();
});

describe('reopening a review while another is stored', () => {
  it('a review completed between the reads is found whole, never a crash', async () => {
    hooks.afterRead = async (prefix) => {
      if (prefix !== ROW) return;
      hooks.afterRead = undefined;
      await store().putAll({ [`${ENTRY}00000000`]: review(0), [`${ROW}00000000`]: historyRow(review(0)) });
    };
    const found = await browserStore.getHistoryEntry('review-0');
    expect(found === null || found.id === 'review-0').toBe(true);
  });
});
