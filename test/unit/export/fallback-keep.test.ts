import { describe, expect, it } from 'vitest';
import { reviewToCsv } from '../../../lib/export/csv';
import { reviewToMarkdown } from '../../../lib/export/markdown';
import { parsePolicy } from '../../../lib/policy';
import { buildRecord } from '../../../lib/review/build-record';
import { fallbackDecisions } from '../../../lib/review/fallback';
import { review } from '../../../lib/engine/review';
import { app, NOW, person, snapshot } from '../rules/builders';
import { parseCsv } from './parse-csv';

// Issue #18's review, item 8: a keep by fallback (nobody decided) must never read as a reviewed
// keep. Its decision cell says so in the CSV, and in the Markdown pack in its language.

function record(language: 'en' | 'fr') {
  const s = snapshot([app('web')], [person('web', 'bob@acme.example', { tfa: false })]);
  const r = review(s, parsePolicy({}), [], NOW);
  const decisions = fallbackDecisions(r.findings, [], NOW);
  return {
    ...buildRecord({ snapshot: s, review: r, policy: parsePolicy({}), decisions, changes: [], now: NOW }),
    language,
  };
}

describe('a fallback keep in the exports', () => {
  it('the CSV decision is "keep (fallback)", never "keep"', () => {
    const csv = reviewToCsv(record('en'));
    expect(csv).toContain(',keep (fallback),kept by fallback, no reason given,'.replace(/kept.*given/, '"$&"'));
    expect(csv).not.toMatch(/,keep,/);
  });

  it.each([
    ['en', 'Keep (fallback)', 'Keep as is'],
    ['fr', 'Garder (par défaut)', 'Garder tel quel'],
  ] as const)('the %s Markdown says "%s", never "%s"', (language, word, reviewed) => {
    const md = reviewToMarkdown(record(language));
    expect(md).toContain(word);
    expect(md).not.toContain(reviewed);
  });

  it.each([
    ['en', 'Keep (fallback)', 'kept by fallback, no reason given'],
    ['fr', 'Garder (par défaut)', 'conservé par défaut, sans raison donnée'],
  ] as const)('the %s CSV says "%s" in words and why in its language', (language, word, why) => {
    const [head, ...rows] = parseCsv(reviewToCsv(record(language)));
    const column = (name: string) => rows.map((r) => r[head!.indexOf(name)]);
    expect(column('decision in words')).toEqual(rows.map(() => word));
    expect(column('justification')).toEqual(rows.map(() => why));
  });
});
