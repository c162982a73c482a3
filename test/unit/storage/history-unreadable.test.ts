import { describe, expect, it, vi } from 'vitest';

// The browser store over a map standing in for IndexedDB (Node has none; lib/storage/idb.ts has
// its own test): a completed review this version cannot read is left out of the list, but a
// later write of the history (completing, importing) must not erase it from the store (issue #18).

const records = new Map<string, unknown>();
vi.mock('../../../lib/storage/idb', () => ({
  idb: () => ({
    get: async (key: string) => records.get(key),
    put: async (key: string, value: unknown) => void records.set(key, structuredClone(value)),
    delete: async (key: string) => void records.delete(key),
    deleteAll: async (keys: string[]) => keys.forEach((k) => records.delete(k)),
  }),
}));

const { browserStore } = await import('../../../lib/background/browser-store');
const { RECORDS } = await import('../../../lib/storage/items');
const { connectedService } = await import('../background/connected-service');

describe('an unreadable completed review in the store', () => {
  it('is kept as it is when a review is completed after it', async () => {
    const source = await connectedService();
    await source.service.handle({ type: 'completeReview' });
    void source.mock.close();
    const entry = source.state.history[0]!;
    const unreadable = { id: 'from-a-newer-version', status: 'completed', shape: 'unknown to this version' };
    records.set(RECORDS.history, [unreadable]);

    expect(await browserStore.getHistory()).toEqual([]);
    await browserStore.setHistory([...(await browserStore.getHistory()), entry]);

    expect(records.get(RECORDS.history)).toEqual([unreadable, entry]);
    expect(await browserStore.getHistory()).toEqual([entry]);
  });
});
