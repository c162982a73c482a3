import { describe, expect, it } from 'vitest';
import { demoWithOneChange } from './demo-change';

// Issue #18's review, item 7: a change's reason of ours (not sent: the role changed meanwhile)
// was stored as an English sentence and copied into French packs. It is kept as words and said
// in the record's language when frozen; a record stored with a plain string still reads.

const { brunoDowngrade, packs } = demoWithOneChange();

/** Someone made bruno Limited on the dashboard after the scan: the write is not sent. */
const staleChange = () =>
  brunoDowngrade((mock, item) => {
    mock.state.apps
      .find((a) => a.app.id === item.app.id)!
      .collaborators.find((c) => c.email === item.email)!.is_limited = true;
  });

describe('a change refused by the extension, in a French pack', () => {
  it('says why in French in the Markdown and the CSV', async () => {
    const change = await staleChange();
    expect(change.status).toBe('failed');
    const { md, csv } = await packs(change, 'fr');
    for (const text of [md, csv]) {
      expect(text).toContain('Non envoyé\u00a0: Scalingo montre maintenant Limité');
      expect(text).not.toContain('Not sent');
    }
  });

  it('an older record with its reason as a plain string still reads as stored', async () => {
    const { reasonWords: _w, ...older } = await staleChange();
    const { md } = await packs({ ...older, reason: 'Not sent: an older reason.' }, 'fr');
    expect(md).toContain('Not sent: an older reason.');
  });
});
