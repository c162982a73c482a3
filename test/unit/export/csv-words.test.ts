import { afterEach, describe, expect, it } from 'vitest';
import { reviewToCsv } from '../../../lib/export/csv';
import { setLanguage, type Language } from '../../../lib/i18n';
import { parsePolicy } from '../../../lib/policy';
import { buildRecord } from '../../../lib/review/build-record';
import { review } from '../../../lib/engine/review';
import { app, NOW, person, snapshot } from '../rules/builders';
import { parseCsv } from './parse-csv';

// Issue #19's review: the CSV wrote the rule, the state, the suggested action and the decision as
// bare ids, and the person as an e-mail only. Beside those id columns (kept, for machines), it
// has the person's name and the same facts in words, in the export's language.

afterEach(() => setLanguage('en'));

function csv(lang: Language, reader: Language = lang): Record<string, string>[] {
  setLanguage(lang);
  const s = snapshot([app('web')], [person('web', 'bob@acme.example', { username: 'bobby', tfa: false })]);
  const r = review(s, parsePolicy({}), [], NOW);
  const f = r.findings.find((x) => x.rule === 'missing-2fa')!;
  const decisions = [
    { findingId: f.id, kind: 'revoke' as const, justification: '', until: null, decidedAt: NOW.toISOString() },
  ];
  const record = buildRecord({ snapshot: s, review: r, policy: parsePolicy({}), decisions, changes: [], now: NOW });
  setLanguage(reader);
  const text = reviewToCsv(record);
  const [head, ...rows] = parseCsv(text);
  return rows.map((cells) => Object.fromEntries(head!.map((h, i) => [h, cells[i]!])));
}

describe('CSV words beside the ids', () => {
  it.each([
    [
      'en',
      {
        name: 'bobby',
        rule: 'No 2FA',
        state: 'open',
        action: 'ask the person to turn on 2FA',
        decision: 'Revoke access',
      },
    ],
    ['fr', { name: 'bobby', rule: 'Sans 2FA', state: 'ouvert' }],
  ] as const)('in %s', (lang, words) => {
    const row = csv(lang).find((r) => r['rule'] === 'missing-2fa')!;
    expect(row).toMatchObject({
      person: 'bob@acme.example',
      state: 'open',
      'suggested action': 'ask-2fa',
      decision: 'revoke',
    });
    expect(row['person name']).toBe(words.name);
    expect(row['rule in words']).toBe(words.rule);
    expect(row['state in words']).toBe(words.state);
    if ('action' in words) {
      expect(row['suggested action in words']).toBe(words.action);
      expect(row['decision in words']).toBe(words.decision);
    } else {
      expect(row['suggested action in words']).toMatch(/2FA/);
      expect(row['decision in words']).toMatch(/\w/);
    }
  });

  it('a review completed in French is written in French to a reader in English (its frozen bytes again)', () => {
    const row = csv('fr', 'en').find((r) => r['rule'] === 'missing-2fa')!;
    expect(row['rule in words']).toBe('Sans 2FA');
    expect(row['state in words']).toBe('ouvert');
  });
});
