import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { HistoryEntry } from '../../../lib/review/record';
import { connectedService } from '../background/connected-service';
import { resetIdb } from './real-idb';

// The stored history's tests share this ground: one review completed for real by a connected
// service (made once per test file, a scan against the mock), copies of it at other hours, and the
// empty stores each test starts from (a fresh real IndexedDB, real-idb.ts, and browser storage).
// A test file mocks lib/storage/idb with real-idb's `spied` first, then imports this.

let model: HistoryEntry | undefined;

/** The completed review the copies are made of. */
export async function completedModel(): Promise<HistoryEntry> {
  if (!model) {
    const source = await connectedService();
    await source.service.handle({ type: 'completeReview' });
    await source.mock.close();
    model = source.state.history[0]!;
  }
  return model;
}

/** The model as review i, completed i hours after 2020-01-01, with `changes` over it. */
export function reviewAt(of: HistoryEntry, i: number, changes: Partial<HistoryEntry> = {}): HistoryEntry {
  const completedAt = new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString();
  return { ...of, id: `review-${i}`, completedAt, ...changes };
}

/** Before each test: the model made (once), then empty stores. */
export async function emptyStores(): Promise<HistoryEntry> {
  const made = await completedModel();
  resetIdb();
  fakeBrowser.reset();
  return made;
}
