import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ChangeResult } from '../../../lib/changes/plan-item';
import { canonicalJson, sha256Hex } from '../../../lib/export/canonical';
import { reviewToCsv } from '../../../lib/export/csv';
import { freeze } from '../../../lib/export/freeze';
import { LABELS } from '../../../lib/export/markdown-labels';
import { reviewToMarkdown } from '../../../lib/export/markdown';
import { parsePolicy } from '../../../lib/policy';
import { buildRecord } from '../../../lib/review/build-record';
import { fallbackDecisions } from '../../../lib/review/fallback';
import type { Decision } from '../../../lib/review/decisions';
import { review } from '../../../lib/engine/review';
import { app, NOW, person, snapshot } from '../rules/builders';

// A completed review as evidence: every decision and change in each export, even those whose
// finding is gone; frozen bytes with the SHA-256 of the canonical JSON; drafts labelled as such.

const s = snapshot([app('web'), app('api')], [person('web', 'bob@acme.example', { tfa: false })]);
const r = review(s, parsePolicy({}), [], NOW);
const gone: Decision = {
  findingId: 'no-activity:id-api:us-eve',
  kind: 'revoke',
  justification: '',
  until: null,
  decidedAt: NOW.toISOString(),
  subject: { rule: 'no-activity', priority: 'P2', app: 'api', person: 'eve@acme.example' },
};
const removal: ChangeResult = {
  recordId: 'r1',
  item: {
    id: 'revoke:id-api:c-eve',
    findingId: gone.findingId,
    kind: 'revoke',
    app: { id: 'id-api', name: 'api', region: 'osc-fr1' },
    api: 'https://api.osc-fr1.scalingo.com',
    collaboratorId: 'c-eve',
    email: 'eve@acme.example',
    from: 'collaborator',
    to: 'none',
    call: { method: 'DELETE', path: '/v1/apps/id-api/collaborators/c-eve' },
  },
  status: 'done',
  reason: null,
  at: '2026-11-20T11:00:00.000Z',
  by: 'me@acme.example',
  before: { role: 'collaborator', status: 'accepted' },
  stale: null,
  undo: null,
  undone: false,
};
const record = (draft = false) =>
  buildRecord({
    snapshot: s,
    review: r,
    policy: parsePolicy({}),
    decisions: [gone],
    changes: [removal],
    now: NOW,
    draft,
  });

describe('frozen exports', () => {
  it('a change and a decision whose finding is gone are in the CSV and the Markdown, with when, who and the call', () => {
    expect(r.findings.some((f) => f.id === gone.findingId)).toBe(false);
    const csv = reviewToCsv(record());
    const lines = csv.split('\r\n').slice(1);
    const change = lines.find((l) => l.includes(',change,'))!;
    expect(change).toContain(
      '2026-11-20T11:00:00.000Z,me@acme.example,DELETE /v1/apps/id-api/collaborators/c-eve,done',
    );
    expect(lines.find((l) => l.includes(',decision,'))).toContain('eve@acme.example');
    const md = reviewToMarkdown(record());
    // The pack words the moment, its zone named (issue #19); the CSV keeps ISO.
    expect(md).toContain('| November 20, 2026, 11:00 UTC | me@acme.example | api | eve@acme.example |');
    expect(md).toMatch(/\| P2 \| api \| eve@acme\.example \| No activity \(no longer found\) \| Revoke access \|/);
  });

  it('a draft says so and has no completion date', () => {
    const md = reviewToMarkdown(record(true));
    expect(md.split('\n')[0]).toBe('# Access review — draft, not completed');
    expect(md).not.toContain('Completed:');
    expect(reviewToCsv(record(true))).toContain(',"draft, not completed",');
    expect(record(true)).toMatchObject({ status: 'draft', completedAt: null });
  });

  it('the hash is the SHA-256 of the canonical JSON, carried by each export, whatever the key order', async () => {
    const rec = record();
    const frozen = await freeze(rec);
    const expected = createHash('sha256').update(canonicalJson(rec)).digest('hex');
    expect(frozen.sha256).toBe(expected);
    expect(await sha256Hex(canonicalJson({ b: 1, a: [{ d: 2, c: null }] }))).toBe(
      await sha256Hex(canonicalJson({ a: [{ c: null, d: 2 }], b: 1 })),
    );
    for (const text of [frozen.md, frozen.csv, frozen.json]) expect(text).toContain(frozen.sha256);
    const altered = { ...rec, decisions: [{ ...gone, kind: 'keep' as const, justification: 'fine' }] };
    expect((await freeze(altered)).sha256).not.toBe(frozen.sha256);
  });

  it('the frozen bytes do not follow later wording', async () => {
    const frozen = await freeze(record());
    const before = LABELS.en.changes;
    (LABELS.en as { changes: string }).changes = 'Applied modifications';
    try {
      expect(reviewToMarkdown(record())).toContain('Applied modifications'); // a later version's wording…
      expect(frozen.md).toContain(`## ${before}`); // …does not reach what was frozen
    } finally {
      (LABELS.en as { changes: string }).changes = before;
    }
  });

  it('the fallback keeps undecided open findings, with no reason, and says so in the exports', () => {
    const fallback = fallbackDecisions(r.findings, [], NOW);
    expect(fallback.length).toBe(r.findings.filter((f) => f.state === 'open').length);
    expect(fallback.every((d) => d.kind === 'keep' && d.fallback && d.justification === '')).toBe(true);
    const rec = buildRecord({
      snapshot: s,
      review: r,
      policy: parsePolicy({}),
      decisions: fallback,
      changes: [],
      now: NOW,
    });
    expect(reviewToMarkdown(rec)).toContain('kept by fallback, no reason given');
    expect(reviewToCsv(rec)).toContain('kept by fallback, no reason given');
  });
});
