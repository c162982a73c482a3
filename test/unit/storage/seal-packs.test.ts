import { RENDERER_VERSION } from '../../../lib/export/renderer';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistoryEntry } from '../../../lib/review/record';

// Issue #18, item 1: reviews stored by a version that kept their packs without the renderer's
// version and digests are sealed once at the worker's start: the digests of their very bytes added,
// the bytes untouched, so another browser whose words changed still verifies them; reviews of the
// older array are frozen then too. On a real IndexedDB (fake-indexeddb, real-idb.ts).

vi.mock('../../../lib/storage/idb', async (actual) => ({
  idb: (await import('./real-idb')).spied((await actual<typeof import('../../../lib/storage/idb')>()).idb),
}));
const { dump, store, transactions } = await import('./real-idb');
const { browserStore, sealStoredHistory } = await import('../../../lib/background/browser-store');
const { RECORDS } = await import('../../../lib/storage/items');
const { ENTRY, ROW } = await import('../../../lib/storage/history-records');
const { historyRow } = await import('../../../lib/review/history');
const { sha256Hex } = await import('../../../lib/export/canonical');
const { LABELS } = await import('../../../lib/export/markdown-labels');
const { parseTransfer, transferFile } = await import('../../../lib/transfer/file');
const { parsePolicy } = await import('../../../lib/policy');
const { refusalText } = await import('../../../lib/review/refusal');
const { emptyStores } = await import('./completed-model');

let model: HistoryEntry;
/** A review as the version before stored it: packs frozen, no renderer's version, no digests. */
const older = (): HistoryEntry => {
  const { renderer: _r, digests: _d, ...frozen } = model.frozen!;
  return { ...model, frozen };
};

beforeEach(async () => {
  model = await emptyStores();
});

/** Imported in another browser whose Markdown words differ from those that rendered the packs. */
async function importedWithOtherWords(): Promise<string> {
  const history = await browserStore.getHistory();
  const text = transferFile({ history, policy: parsePolicy({}), decisions: [], acceptances: [] }, new Date());
  const labels = LABELS.en as unknown as Record<string, string>;
  const was = labels.findings!;
  labels.findings = 'Findings of the review';
  try {
    const parsed = await parseTransfer(text, new Date());
    return parsed.ok ? 'imported' : refusalText(parsed.refusal);
  } finally {
    labels.findings = was;
  }
}

describe('sealing the stored packs once', () => {
  it('adds the digests of their bytes, bytes untouched, so they verify whatever later words are', async () => {
    const stored = older();
    await store().putAll({ [`${ENTRY}00000000`]: stored, [`${ROW}00000000`]: historyRow(stored) });
    expect(await importedWithOtherWords()).toMatch(/Markdown export is not the one its review renders/);

    await sealStoredHistory();
    const [sealed] = [...(await dump(ENTRY)).values()] as HistoryEntry[];
    expect(sealed!.frozen).toEqual({
      ...stored.frozen,
      renderer: 0,
      digests: {
        md: await sha256Hex(stored.frozen!.md),
        csv: await sha256Hex(stored.frozen!.csv),
        json: await sha256Hex(stored.frozen!.json),
      },
    });
    expect(await importedWithOtherWords()).toBe('imported');
  });

  it('freezes the older array’s reviews then, with this renderer’s version and digests', async () => {
    await store().put(RECORDS.history, [{ ...model, id: 'review-legacy', frozen: null }]);
    await sealStoredHistory();
    expect(await store().get(RECORDS.history)).toBeUndefined();
    const [moved] = [...(await dump(ENTRY)).values()] as HistoryEntry[];
    expect(moved).toMatchObject({ id: 'review-legacy', frozen: { renderer: RENDERER_VERSION } });
    expect(moved!.frozen!.digests!.md).toBe(await sha256Hex(moved!.frozen!.md));
  });

  it('runs once: a later start rewrites nothing', async () => {
    await store().putAll({ [`${ENTRY}00000000`]: older(), [`${ROW}00000000`]: historyRow(older()) });
    await sealStoredHistory();
    transactions.length = 0;
    await sealStoredHistory();
    expect(transactions).toEqual([]);
  });
});
