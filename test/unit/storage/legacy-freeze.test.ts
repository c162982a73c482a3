import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistoryEntry } from '../../../lib/review/record';

// Issue #18's review, item 6: reviews completed by versions that did not freeze their exports
// were rendered again on every export (the words of the day, so other bytes) and listed with
// "no SHA". They are frozen once, when the older array moves into records (on a real IndexedDB,
// fake-indexeddb: real-idb.ts).

vi.mock('../../../lib/storage/idb', async (actual) => ({
  idb: (await import('./real-idb')).spied((await actual<typeof import('../../../lib/storage/idb')>()).idb),
}));
const { dump, store } = await import('./real-idb');
const { browserStore } = await import('../../../lib/background/browser-store');
const { RECORDS } = await import('../../../lib/storage/items');
const { ENTRY } = await import('../../../lib/storage/history-records');
const { emptyStores, reviewAt } = await import('./completed-model');
const { parseTransfer, transferFile } = await import('../../../lib/transfer/file');
const { parsePolicy } = await import('../../../lib/policy');

let model: HistoryEntry;
const review = (i: number, frozen = model.frozen): HistoryEntry => reviewAt(model, i, { frozen });

beforeEach(async () => {
  model = await emptyStores();
});

describe('reviews completed before freezing', () => {
  it('are frozen once as they move into records: listed with their SHA, stored with their bytes', async () => {
    await store().put(RECORDS.history, [review(0, null), review(1, null)]);
    await browserStore.addHistory([review(2)]);
    const rows = await browserStore.getHistoryRows();
    expect(rows.map((r) => r.sha256)).toEqual([
      expect.stringMatching(/^[0-9a-f]{64}$/),
      expect.any(String),
      model.frozen!.sha256,
    ]);
    const stored = [...(await dump(ENTRY)).values()] as HistoryEntry[];
    expect(stored.map((e) => e.frozen?.sha256)).toEqual(rows.map((r) => r.sha256));
    expect(stored[1]!.frozen!.md).toContain(stored[1]!.frozen!.sha256);
  });

  it('their frozen packs import in another browser', async () => {
    await store().put(RECORDS.history, [review(0, null), review(1, null)]);
    await browserStore.addHistory([]);
    const history = await browserStore.getHistory();
    const text = transferFile({ history, policy: parsePolicy({}), decisions: [], acceptances: [] }, new Date());
    expect(await parseTransfer(text, new Date())).toMatchObject({ ok: true });
  });
});
