import { describe, expect, it } from 'vitest';
import { refusalText } from '../../../lib/review/refusal';
import { parseTransfer } from '../../../lib/transfer/file';
import { completedExport } from './completed-export';

// Issue #18's review, item 1: a pack that only carries the review's SHA-256 is not the review. A
// Markdown saying "All access reviewed and approved" beside the hash, or a CSV with other rows,
// must be refused on import, or it would be re-exported later as frozen evidence.

type Entry = { id: string; frozen: { sha256: string; md: string; csv: string; json: string } };
const exported = completedExport(2); // a second review: its pack has a "since" part

function altered(change: (e: Entry) => void, at = 0): string {
  const f = JSON.parse(exported()) as { history: Entry[] };
  change(f.history[at]!);
  return JSON.stringify(f);
}

describe('an imported pack is the review its record renders', () => {
  it.each([0, 1])('the genuine packs of review %i are read', async (at) => {
    expect(
      (
        await parseTransfer(
          altered(() => undefined, at),
          new Date(),
        )
      ).ok,
    ).toBe(true);
  });

  it.each([
    [
      'a Markdown saying all access was approved, with the hash',
      (e: Entry) => (e.frozen.md = `# All access reviewed and approved\n\nSHA-256: ${e.frozen.sha256}\n`),
      /Markdown export is not the one its review renders/,
    ],
    [
      'a Markdown with one line added',
      (e: Entry) => (e.frozen.md = e.frozen.md.replace('\n## ', '\nAll access reviewed and approved.\n\n## ')),
      /Markdown export is not the one its review renders/,
    ],
    [
      'a CSV with other rows and the hash',
      (e: Entry) => (e.frozen.csv = `finding,decision,sha256\nx,keep,${e.frozen.sha256}\n`),
      /CSV export is not the one its review renders/,
    ],
  ])('%s is refused', async (_, change, why) => {
    for (const at of [0, 1]) {
      const parsed = await parseTransfer(altered(change, at), new Date());
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(refusalText(parsed.refusal)).toMatch(why);
    }
  });
});
