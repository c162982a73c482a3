import { describe, expect, it } from 'vitest';
import type { ChangeResult } from '../../../lib/changes/plan-item';
import { canonicalJson, sha256Hex } from '../../../lib/export/canonical';
import { freeze } from '../../../lib/export/freeze';
import { reviewToMarkdown } from '../../../lib/export/markdown';
import { review } from '../../../lib/engine/review';
import { parsePolicy } from '../../../lib/policy';
import { buildRecord } from '../../../lib/review/build-record';
import { diffAccess } from '../../../lib/review/diff';
import { HistoryEntry, type ReviewRecord } from '../../../lib/review/record';
import { setLanguage, type Language } from '../../../lib/i18n';
import { app, NOW, person, snapshot } from '../rules/builders';

// Issue #19: the evidence pack in French typography (a no-break space before ":", ";", "?", "!"),
// every id shown to the reader in words (confidence level, team profile, roles and change
// statuses), each person named as the views name them with the e-mail beside; and a review
// completed before this keeps its frozen bytes and still renders.

const s = snapshot(
  [app('web'), app('api')],
  [
    person('web', 'bob@acme.example', { tfa: false, username: 'bob-the-dev' }),
    person('api', 'bob@acme.example', { role: 'limited', username: 'bob-the-dev' }),
    person('api', 'eve@gmail.com', { username: null }),
  ],
);
const first = review(s, parsePolicy({}), [], NOW).findings[0]!;
const change: ChangeResult = {
  recordId: 'r1',
  item: {
    id: 'downgrade:id-web:c-bob',
    findingId: first.id,
    kind: 'downgrade',
    app: { id: 'id-web', name: 'web', region: 'osc-fr1' },
    api: 'https://api.osc-fr1.scalingo.com',
    collaboratorId: 'c-bob',
    email: 'bob@acme.example',
    from: 'collaborator',
    to: 'limited',
    call: { method: 'PATCH', path: '/v1/apps/id-web/collaborators/c-bob' },
  },
  status: 'unverified',
  reason: null,
  at: '2026-11-20T11:00:00.000Z',
  by: 'me@acme.example',
  before: { role: 'collaborator', status: 'accepted' },
  stale: null,
  undo: null,
  undone: false,
};
const decision = {
  findingId: first.id,
  kind: 'downgrade' as const,
  justification: 'Lead says so',
  until: null,
  decidedAt: NOW.toISOString(),
};
/** The review completed in `language`: its texts are frozen in that language. */
function recordIn(language: Language): ReviewRecord {
  setLanguage(language);
  try {
    const policy = parsePolicy({ profile: 'mid-sized' });
    const r = review(s, policy, [], NOW);
    return buildRecord({ snapshot: s, review: r, policy, decisions: [decision], changes: [change], now: NOW });
  } finally {
    setLanguage('en');
  }
}
const record = recordIn('en');
// The previous review: eve was Limited on api, bob not on api yet, and ann had access since removed.
const before = record.access
  .filter((a) => !(a.email === 'bob@acme.example' && a.app === 'api'))
  .map((a) => (a.email === 'eve@gmail.com' ? { ...a, role: 'limited' as const } : a))
  .concat([{ ...record.access[0]!, email: 'ann@acme.example', username: 'ann' }]);
const pack = (language: Language, rec: ReviewRecord = recordIn(language)) =>
  reviewToMarkdown(rec, diffAccess(before, rec.access), 'abc123');

/** Each ":", ";", "?", "!" without a no-break space before it (not in a URL, a time or a code span). */
function badPunctuation(md: string): string[] {
  return md
    .split('\n')
    .map((line) => line.replace(/`[^`]*`/g, '').replace(/<https?:[^>]*>/g, ''))
    .filter((line) => /(^|[^\u00a0\u202f\d])[:;?!]|\d[:;?!](?!\d)/.test(line));
}

describe('the French evidence pack', () => {
  it('puts a no-break space before every ":", ";", "?" and "!"', () => {
    expect(badPunctuation(pack('fr'))).toEqual([]);
    expect(pack('fr')).toContain('- Profil d’équipe\u00a0: équipe moyenne');
  });

  it('keeps English punctuation in English', () => {
    const md = pack('en');
    expect(md).not.toContain('\u00a0');
    expect(md).toContain('- Team profile: mid-sized team');
  });

  it.each([
    [
      'en',
      'Confidence: high — ',
      'eve@gmail.com · api: Limited → Collaborator',
      'bob-the-dev (bob@acme.example) → api (Limited)',
      'Sent, not verified',
    ],
    [
      'fr',
      'Confiance\u00a0: élevée — ',
      'eve@gmail.com · api\u00a0: Limité → Collaborateur',
      'bob-the-dev (bob@acme.example) → api (Limité)',
      'Envoyé, non vérifié',
    ],
  ] as const)('shows levels, profiles, roles and statuses as words (%s)', (language, level, changed, added, status) => {
    const md = pack(language);
    expect(md).toContain(`- ${level}`);
    const since = md.slice(md.lastIndexOf('\n## '));
    expect(since).toContain(`- ${changed}`);
    expect(since).toContain(`- ${added}`);
    expect(md).toContain(`| ${status} |`);
  });

  it('never shows an id where French words belong', () => {
    const ids = /\b(high|medium|low|mid-sized|small|large|collaborator|limited|owner|unverified|done|failed)\b/i;
    expect(
      pack('fr')
        .split('\n')
        .filter((line) => ids.test(line.replace(/<https?:[^>]*>/g, ''))),
    ).toEqual([]);
  });

  it.each(['en', 'fr'] as const)('names each person as the views do, with the e-mail beside (%s)', (language) => {
    const md = pack(language);
    const findings = md.slice(0, md.indexOf('\n### '));
    expect(findings).toContain('| bob-the-dev (bob@acme.example) |');
    expect(findings).toContain('| eve@gmail.com |');
    expect(md).toMatch(/\| me@acme\.example \| web \| bob-the-dev \(bob@acme\.example\) \|/);
    expect(record.findings.find((f) => f.person === 'bob@acme.example')?.personName).toBe('bob-the-dev');
  });
});

describe('a review completed before people had names in the pack', () => {
  // As stored then: no `personName` on its findings, its exports frozen at completion.
  const fr = recordIn('fr');
  const old = { ...fr, findings: fr.findings.map(({ personName: _, ...f }) => f) };

  it('keeps its stored bytes and its SHA-256 once read back', async () => {
    const frozen = await freeze(old);
    const stored = JSON.parse(JSON.stringify({ ...old, frozen })) as unknown;
    const entry = HistoryEntry.parse(stored);
    const { frozen: kept, ...read } = entry;
    expect(kept).toEqual(frozen);
    expect(await sha256Hex(canonicalJson(read))).toBe(frozen.sha256);
    expect(read.findings.every((f) => !('personName' in f))).toBe(true);
  });

  it('still renders, naming people from its access lines', () => {
    const md = pack('fr', HistoryEntry.parse(JSON.parse(JSON.stringify(old))));
    expect(md).toContain('| bob-the-dev (bob@acme.example) |');
    expect(badPunctuation(md)).toEqual([]);
  });
});
