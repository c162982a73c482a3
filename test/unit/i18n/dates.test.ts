import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage, t } from '../../../lib/i18n';
import { reviewToCsv } from '../../../lib/export/csv';
import { reviewToJson } from '../../../lib/export/json';
import { reviewToMarkdown } from '../../../lib/export/markdown';
import { parsePolicy } from '../../../lib/policy';
import { buildRecord } from '../../../lib/review/build-record';
import { review } from '../../../lib/engine/review';
import { messageText } from '../../../lib/ui/message-text';
import { app, daysAgo, NOW, person, snapshot } from '../rules/builders';

// Issue #19, item 1: evidence shows dates as words in the reader's language, never a raw ISO
// value ("2026-03-01T10:00:00Z"); rules keep storing ISO values, and so do the machine exports.

afterEach(() => setLanguage('en'));

describe('dates in phrases', () => {
  it.each([
    ['en', '2026-03-01', 'Invited on March 1, 2026, 3 days ago (policy: 30 days).'],
    ['fr', '2026-03-01', 'Invité le 1 mars 2026, il y a 3 jours (politique : 30 jours).'],
    ['en', '2026-03-01T10:00:00Z', 'Invited on March 1, 2026, 3 days ago (policy: 30 days).'],
    ['en', '2026-03-01T23:30:00.000Z', 'Invited on March 1, 2026, 3 days ago (policy: 30 days).'],
  ] as const)('%s words %s', (lang, date, expected) => {
    setLanguage(lang);
    const said = t('evidence.invitedOn', { date, days: 3, max: 30 });
    expect(said).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    if (lang === 'en') expect(said).toBe(expected);
    else expect(said).toContain('1 mars 2026');
  });

  it('leaves values that are not dates as they are', () => {
    expect(t('evidence.managed', { date: '2026-03-01', event: 'new_collaborator', target: 'app-2026-03-01' })).toMatch(
      /^March 1, 2026: .*\(app-2026-03-01\)\.$/,
    );
  });
});

function reviewed() {
  const s = snapshot([app('web')], [person('web', 'bob@acme.example', { status: 'pending', invitedAt: daysAgo(40) })]);
  const r = review(s, parsePolicy({}), [], NOW);
  return buildRecord({ snapshot: s, review: r, policy: parsePolicy({}), decisions: [], changes: [], now: NOW });
}

describe('dates in the views and exports', () => {
  it('every evidence phrase of a review reads without an ISO date', () => {
    const s = snapshot(
      [app('web')],
      [person('web', 'bob@acme.example', { status: 'pending', invitedAt: daysAgo(40) })],
    );
    const r = review(s, parsePolicy({}), [], NOW);
    const texts = r.findings.flatMap((f) => [f.title, ...f.evidence, f.confidence.why].map(messageText));
    for (const text of texts) expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  });

  it('the Markdown pack words them; CSV and JSON keep ISO', () => {
    const record = reviewed();
    const iso = record.findings.flatMap((f) => f.evidence).find((e) => /\d{4}-\d{2}-\d{2}/.test(e));
    expect(iso, 'a stored evidence line with its ISO date').toBeDefined();
    const md = reviewToMarkdown(record);
    const evidenceLines = md.split('\n').filter((l) => l.startsWith('- ') && !l.includes('UTC'));
    for (const line of evidenceLines) expect(line).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(md).toContain('October 11, 2026');
    expect(reviewToCsv(record)).toContain(iso!.match(/\d{4}-\d{2}-\d{2}/)![0]);
    expect(reviewToJson(record)).toContain(iso!.match(/\d{4}-\d{2}-\d{2}/)![0]);
  });
});
