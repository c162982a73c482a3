import { describe, expect, it } from 'vitest';
import { reviewToCsv } from '../../../lib/export/csv';
import { reviewToJson } from '../../../lib/export/json';
import { reviewToMarkdown } from '../../../lib/export/markdown';
import { setLanguage } from '../../../lib/i18n';
import { parsePolicy } from '../../../lib/policy';
import { buildRecord } from '../../../lib/review/build-record';
import { diffAccess } from '../../../lib/review/diff';
import type { ReviewRecord } from '../../../lib/review/record';
import { review } from '../../../lib/engine/review';
import { app, NOW, person, snapshot } from '../rules/builders';
import { parseCsv } from './parse-csv';

// The exports of a review: they read back to the same facts, and hostile names stay inert.

const formula = '=HYPERLINK("http://evil")';
const html = '<img src=x onerror=alert(1)>';

function record(
  people = [
    person('web', 'bob@acme.example', { tfa: false }),
    person('web', `${formula}@gmail.com`, { username: html }),
  ],
): ReviewRecord {
  const s = snapshot([app('web'), app(`a|b${html}`)], people);
  const r = review(s, parsePolicy({}), [], NOW);
  const first = r.findings[0];
  const decisions = first
    ? [
        {
          findingId: first.id,
          kind: 'keep' as const,
          justification: 'on call, needs it',
          until: null,
          decidedAt: NOW.toISOString(),
        },
      ]
    : [];
  return buildRecord({ snapshot: s, review: r, policy: parsePolicy({}), decisions, changes: [], now: NOW });
}

describe('exports', () => {
  it('CSV reads back to the findings, with formulas defused', () => {
    const rec = record();
    const rows = parseCsv(reviewToCsv(rec));
    expect(rows[0]![0]).toBe('finding id');
    expect(rows).toHaveLength(rec.findings.length + 1);
    expect(rows.slice(1).map((r) => r[0])).toEqual(rec.findings.map((f) => f.id));
    const persons = rows.slice(1).map((r) => r[6]);
    expect(persons).toContain(`'${formula}@gmail.com`);
    expect(rows.slice(1).every((r) => !/^[=+\-@]/.test(r.join('')))).toBe(true);
    expect(rows[1]![12]).toBe('on call, needs it');
  });

  it('zero findings: a CSV with its header only, and "No findings." in the pack', () => {
    const rec = record([]);
    expect(rec.findings.length).toBeLessThanOrEqual(1); // the owner's own rules may still speak
    const empty = { ...rec, findings: [], decisions: [] };
    expect(parseCsv(reviewToCsv(empty))).toHaveLength(1);
    expect(reviewToMarkdown(empty)).toContain('No findings.');
  });

  it('the Markdown pack holds the facts, evidence and decisions, with HTML shown as text', () => {
    const md = reviewToMarkdown(record());
    expect(md).toContain('# Access review');
    expect(md).toContain('me@acme.example');
    expect(md).toContain('on call, needs it');
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img');
    expect(md).toMatch(/a\\\|b/);
  });

  it('speaks French when the review was done in French', () => {
    setLanguage('fr');
    try {
      const md = reviewToMarkdown(record());
      expect(md).toContain('# Revue des accès');
      expect(md).toContain('n’a pas la 2FA');
    } finally {
      setLanguage('en');
    }
  });

  it('JSON is the record, tagged, and refuses a damaged one', () => {
    const rec = record();
    expect(JSON.parse(reviewToJson(rec))).toMatchObject({
      format: 'scalingo-access-review/v1',
      id: rec.id,
      findings: rec.findings,
    });
    expect(() => reviewToJson({ ...rec, findings: 'nope' } as unknown as ReviewRecord)).toThrow(/Cannot export/);
  });

  it('the diff finds additions, removals, role changes and lost 2FA, whatever the case of e-mails', () => {
    const line = (email: string, over = {}) => ({
      app: 'web',
      region: 'osc-fr1',
      email,
      role: 'collaborator' as const,
      status: 'accepted',
      tfa: true,
      ...over,
    });
    const d = diffAccess(
      [line('Bob@acme.example'), line('gone@acme.example'), line('eve@acme.example')],
      [
        line('bob@acme.example', { role: 'limited' }),
        line('eve@acme.example', { tfa: false }),
        line('new@acme.example'),
      ],
    );
    expect(d.added.map((l) => l.email)).toEqual(['new@acme.example']);
    expect(d.removed.map((l) => l.email)).toEqual(['gone@acme.example']);
    expect(d.roleChanged.map((c) => c.after.role)).toEqual(['limited']);
    expect(d.lostTfa.map((l) => l.email)).toEqual(['eve@acme.example']);
  });
});
