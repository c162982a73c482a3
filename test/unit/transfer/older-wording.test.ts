import { RENDERER_VERSION } from '../../../lib/export/renderer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService } from '../../../lib/background/service';
import { sha256Hex } from '../../../lib/export/canonical';
import { freeze } from '../../../lib/export/freeze';
import { en } from '../../../lib/i18n/en';
import { LABELS } from '../../../lib/export/markdown-labels';
import { parsePolicy } from '../../../lib/policy';
import type { HistoryEntry } from '../../../lib/review/record';
import { refusalText } from '../../../lib/review/refusal';
import { parseTransfer, transferFile } from '../../../lib/transfer/file';
import { connectedService } from '../background/connected-service';
import { fakeClient, memoryDeps } from '../helpers';

// Issue #18, item 1: a completed review re-exports the same bytes whatever the wording of later
// versions, and its packs still verify in another browser. Here an older version worded the pack
// otherwise (its Markdown headings and the CSV's decision in words, changed back since): the import checked packs
// by rendering them again with today's words, and refused this honest one. It verifies now on the
// digests frozen with it, re-exports byte for byte, and a pack altered by one byte is refused.

let honest: HistoryEntry;
let close: () => Promise<unknown>;

/** Renders `record` as a version with other words would have: its packs, version 0, their digests. */
async function frozenByOlderWords(record: Omit<HistoryEntry, 'frozen'>): Promise<HistoryEntry> {
  const words = en as Record<string, string>;
  const labels = LABELS.en as unknown as Record<string, string>;
  const saved = { title: LABELS.en.title, findings: LABELS.en.findings, keep: words['review.decide.keep']! };
  labels.title = 'Access review report';
  labels.findings = 'Findings of the review';
  words['review.decide.keep'] = 'Keep the access as it is';
  try {
    const { sha256, md, csv, json } = await freeze(record);
    const digests = { md: await sha256Hex(md), csv: await sha256Hex(csv), json: await sha256Hex(json) };
    return { ...record, frozen: { sha256, md, csv, json, renderer: 0, digests } };
  } finally {
    Object.assign(labels, { title: saved.title, findings: saved.findings });
    words['review.decide.keep'] = saved.keep;
  }
}

beforeAll(async () => {
  const source = await connectedService();
  close = () => source.mock.close();
  const open = (await source.service.handle({ type: 'getReview' }))!.findings.filter((f) => f.state === 'open');
  await source.service.handle({
    type: 'decide',
    decision: { findingId: open[0]!.id, kind: 'keep', justification: 'contracted until March', until: null },
  });
  await source.service.handle({ type: 'completeReview' });
  const { frozen: _today, ...record } = source.state.history[0]!;
  expect(record.language).toBe('en');
  honest = await frozenByOlderWords(record);
});
afterAll(() => close());

const fileOf = (entry: HistoryEntry) =>
  transferFile({ history: [entry], policy: parsePolicy({}), decisions: [], acceptances: [] }, new Date());
const said = async (entry: HistoryEntry) => {
  const parsed = await parseTransfer(fileOf(entry), new Date());
  return parsed.ok ? 'imported' : refusalText(parsed.refusal);
};
const changed = (entry: HistoryEntry, pack: 'md' | 'csv', change: (text: string) => string): HistoryEntry => ({
  ...entry,
  frozen: { ...entry.frozen!, [pack]: change(entry.frozen![pack]) },
});

describe('a review frozen with the words of an older version', () => {
  it('is worded otherwise than today renders it (the situation to handle)', async () => {
    const { frozen: _older, ...record } = honest;
    const today = await freeze(record);
    expect(honest.frozen!.md).toContain('## Findings of the review');
    expect(today.md).not.toBe(honest.frozen!.md);
    expect(today.csv).not.toBe(honest.frozen!.csv);
  });

  it('its honest packs verify on import, and re-export byte for byte in the other browser', async () => {
    expect(await said(honest)).toBe('imported');
    const { deps } = memoryDeps(() => fakeClient({ regions: [], apps: {}, collaborators: [] }).client);
    const other = createService(deps);
    await other.handle({ type: 'importTransfer', text: fileOf(honest), replacePolicy: false, dryRun: false });
    for (const format of ['md', 'csv', 'json'] as const) {
      const again = await other.handle({ type: 'exportHistory', id: honest.id, format });
      expect(again.text).toBe(honest.frozen![format]);
    }
  });

  it.each([
    [
      'a Markdown with one byte changed',
      'md',
      (t: string) => t.replace('contracted until March', 'contracted until april'),
    ],
    ['a Markdown with one byte added', 'md', (t: string) => `${t} `],
    [
      'a CSV with one byte changed',
      'csv',
      (t: string) => t.replace('contracted until March', 'contracted until Marci'),
    ],
  ] as const)('%s is refused', async (_what, pack, change) => {
    const altered = changed(honest, pack, change);
    expect(altered.frozen![pack]).not.toBe(honest.frozen![pack]);
    expect(await said(altered)).toMatch(
      new RegExp(`${pack === 'md' ? 'Markdown' : 'CSV'} export is not the bytes frozen at its completion`),
    );
  });

  it('claiming today’s renderer for older words is refused: this version renders it again', async () => {
    const claimed = { ...honest, frozen: { ...honest.frozen!, renderer: RENDERER_VERSION } };
    expect(await said(claimed)).toMatch(/Markdown export is not the one its review renders/);
  });
});
