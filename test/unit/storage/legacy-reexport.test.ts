import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HandlerDeps } from '../../../lib/background/deps';
import type { HistoryEntry } from '../../../lib/review/record';

// Issue #18's hostile review (h18v), item 2: a review of the older array (stored before exports
// were frozen) was rendered on each export without its "changes since the previous review", and
// frozen later, by the next completion, with them: two re-exports of one review, two files. The
// worker's start moves and freezes that array; a start that died after marking the store sealed
// but before the move left it there for good. On a real IndexedDB (fake-indexeddb, real-idb.ts).

vi.mock('../../../lib/storage/idb', async (actual) => ({
  idb: (await import('./real-idb')).spied((await actual<typeof import('../../../lib/storage/idb')>()).idb),
}));
const { store } = await import('./real-idb');
const { browserStore, sealStoredHistory } = await import('../../../lib/background/browser-store');
const { RECORDS } = await import('../../../lib/storage/items');
const { historyHandlers } = await import('../../../lib/background/history-handlers');
const { emptyStores, reviewAt } = await import('./completed-model');

let model: HistoryEntry;
const review = (i: number, access = model.access): HistoryEntry => reviewAt(model, i, { access, frozen: null });

beforeEach(async () => {
  model = await emptyStores();
});

describe('a review of the older array', () => {
  it('re-exports the same bytes before and after the next completion, even after a start cut short', async () => {
    // The first review saw one person fewer: the second's Markdown has a "since" part.
    await store().put(RECORDS.history, [review(0, model.access.slice(1)), review(1)]);
    await store().put(RECORDS.historySealed, 1);
    await sealStoredHistory();
    const { exportHistory } = historyHandlers({ store: browserStore } as unknown as HandlerDeps);
    const md = async () => (await exportHistory({ type: 'exportHistory', id: 'review-1', format: 'md' })).text;
    const before = await md();
    await browserStore.addHistory([{ ...model, id: 'review-2' }]);
    expect(await md()).toBe(before);
  });
});
