import { describe, expect, it } from 'vitest';
import { LABELS } from '../../../lib/export/markdown-labels';
import { demoWithOneChange } from './demo-change';
import { parseCsv } from './parse-csv';

// A done change can be undone while the review is in progress; completing moves it into the
// history, where nothing undoes it. The completed packs say so; a draft still offers the undo.
// The Markdown's last column holds the undo: it is headed "Undo", not "Undone".

const { brunoDowngrade: doneChange, packs } = demoWithOneChange();

/** The Markdown's changes section alone. */
function changesOf(md: string, language: 'en' | 'fr') {
  const from = md.indexOf(`## ${LABELS[language].changes}`);
  const to = md.indexOf('\n## ', from);
  return md.slice(from, to < 0 ? undefined : to);
}

describe('the undo of a change in the exports', () => {
  it.each([
    ['en', '| Undo |', '| no longer available after completion: PATCH '],
    ['fr', '| Annulation |', '| plus possible après la clôture\u00a0: PATCH '],
  ] as const)('a completed %s pack says the undo is no longer available', async (language, head, cell) => {
    const change = await doneChange();
    expect(change.status).toBe('done');
    const { md, csv } = await packs(change, language, 'completed');
    const changes = changesOf(md, language);
    expect(changes).toContain(head);
    expect(changes).toContain(cell);
    expect(changes).not.toMatch(/\| (available|possible)/);
    const [h, ...rows] = parseCsv(csv);
    const undo = rows.filter((r) => r[h!.indexOf('row')] === 'change').map((r) => r[h!.indexOf('undo')]);
    expect(undo).toEqual([expect.stringMatching(/^no longer available after completion: PATCH /)]);
  });

  it('a draft still offers the undo', async () => {
    const { md, csv } = await packs(await doneChange(), 'en', 'draft');
    expect(changesOf(md, 'en')).toContain('| available: PATCH ');
    const [h, ...rows] = parseCsv(csv);
    const undo = rows.filter((r) => r[h!.indexOf('row')] === 'change').map((r) => r[h!.indexOf('undo')]);
    expect(undo).toEqual([expect.stringMatching(/^available: PATCH /)]);
  });
});
