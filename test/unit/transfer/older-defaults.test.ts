import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HandlerDeps } from '../../../lib/background/deps';
import type { HistoryEntry } from '../../../lib/review/record';

// Issue #18's hostile review (h18v), item 1: a review completed by a build whose policy had fewer
// fields was hashed without them. Read back today, zod fills their defaults in; a transfer file
// written from that re-read record no longer matched its SHA-256, and its own import refused it as
// altered. The file must carry the record as it was hashed (stored on a real IndexedDB: real-idb.ts).

vi.mock('../../../lib/storage/idb', async (actual) => ({
  idb: (await import('../storage/real-idb')).spied((await actual<typeof import('../../../lib/storage/idb')>()).idb),
}));
const { browserStore } = await import('../../../lib/background/browser-store');
const { emptyStores } = await import('../storage/completed-model');
const { transferHandlers } = await import('../../../lib/background/transfer-handlers');
const { parseTransfer } = await import('../../../lib/transfer/file');
const { canonicalJson, sha256Hex } = await import('../../../lib/export/canonical');
const { packDigests, RENDERER_UNRECORDED } = await import('../../../lib/export/renderer');

let model: HistoryEntry;

/** `model` as a build before the policy's token and review-app limits would have completed it. */
async function olderReview(): Promise<HistoryEntry> {
  const { frozen, ...record } = model;
  const { reviewAppMaxAgeDays: _a, tokenUnusedDays: _b, tokenMaxAgeDays: _c, ...policy } = record.policy;
  const older = { ...record, id: 'older-build', policy };
  const sha256 = await sha256Hex(canonicalJson(older));
  const packs = {
    md: frozen!.md.replaceAll(frozen!.sha256, sha256),
    csv: frozen!.csv.replaceAll(frozen!.sha256, sha256),
    json: `${JSON.stringify({ format: 'scalingo-access-review/v1', ...older, sha256 }, null, 2)}\n`,
  };
  const sealed = { sha256, ...packs, renderer: RENDERER_UNRECORDED, digests: await packDigests(packs) };
  return { ...older, frozen: sealed } as HistoryEntry;
}

beforeEach(async () => {
  model = await emptyStores();
});

describe('a review hashed before a field with a default existed', () => {
  it('is exported as it was hashed, and that file imports', async () => {
    await browserStore.addHistory([await olderReview()]);
    const now = () => new Date();
    const handlers = transferHandlers({ store: browserStore } as unknown as HandlerDeps, now, async () => undefined);
    const { text } = await handlers.exportTransfer({ type: 'exportTransfer', part: 'all' });
    const parsed = await parseTransfer(text, now());
    expect(parsed).toEqual(expect.objectContaining({ ok: true }));
    const exported = (JSON.parse(text) as { history: Array<{ policy: object }> }).history[0]!;
    expect(exported.policy).not.toHaveProperty('tokenMaxAgeDays');
  });
});
