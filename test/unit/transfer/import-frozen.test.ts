import { refusalText } from '../../../lib/review/refusal';
import { describe, expect, it } from 'vitest';
import { freeze } from '../../../lib/export/freeze';
import type { ReviewRecord } from '../../../lib/review/record';
import { parseTransfer } from '../../../lib/transfer/file';
import { completedExport } from './completed-export';

// A completed review travels with its frozen exports; the file is written by anyone, so the bytes
// an auditor will re-export must be the ones the review's SHA-256 vouches for: frozen.json is the
// record itself, and its Markdown and CSV carry that SHA. Anything else refuses the file.

type Entry = { id: string; frozen: { sha256: string; md: string; csv: string; json: string } };
const exported = completedExport();

const now = () => new Date();
function altered(change: (e: Entry) => void): string {
  const f = JSON.parse(exported()) as { history: Entry[] };
  change(f.history[0]!);
  return JSON.stringify(f);
}

describe('imported frozen exports', () => {
  it('a genuine export is read', async () => {
    expect((await parseTransfer(exported(), now())).ok).toBe(true);
  });

  it.each([
    [
      'a Markdown pack whose SHA was replaced',
      (e: Entry) => (e.frozen.md = e.frozen.md.replaceAll(e.frozen.sha256, 'f'.repeat(64))),
    ],
    ['a CSV pack with other rows', (e: Entry) => (e.frozen.csv = 'finding,decision\nx,keep\n')],
    ['a JSON pack that is not JSON', (e: Entry) => (e.frozen.json = '{ not json')],
    [
      'a JSON pack with another record',
      (e: Entry) => (e.frozen.json = e.frozen.json.replace(/"score": \d+/, '"score": 100')),
    ],
  ])('%s is refused', async (_, change) => {
    const parsed = await parseTransfer(altered(change), now());
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(refusalText(parsed.refusal)).toMatch(/completed review .* (altered|damaged)/);
  });
});

/** The file with its review changed and frozen again, as a forger with this code would. */
async function forged(change: Record<string, unknown>): Promise<string> {
  const f = JSON.parse(exported()) as { history: Array<Record<string, unknown>> };
  const { frozen: _old, ...record } = f.history[0]!;
  const next = { ...record, ...change };
  f.history[0] = { ...next, frozen: change.frozen === null ? null : await freeze(next as ReviewRecord) };
  return JSON.stringify(f);
}

describe('imported history entries are completed reviews', () => {
  it.each([
    ['a draft', { status: 'draft', completedAt: null }, /not a completed review/],
    ['a review completed in the future', { completedAt: '2999-01-01T00:00:00.000Z' }, /completed in the future/],
    ['a completion date that is not a date', { completedAt: 'last week' }, /completedAt .* not a date/],
    ['a review without its frozen exports', { frozen: null }, /no frozen exports/],
  ])('%s is refused', async (_, change, why) => {
    const parsed = await parseTransfer(await forged(change), now());
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(refusalText(parsed.refusal)).toMatch(why);
  });
});
