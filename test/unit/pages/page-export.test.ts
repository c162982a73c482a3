import { beforeEach, describe, expect, it } from 'vitest';
import { reviewToCsv } from '../../../lib/export/csv';
import { reviewToJson } from '../../../lib/export/json';
import { reviewToMarkdown } from '../../../lib/export/markdown';
import { setLanguage } from '../../../lib/i18n';
import { mergeReading } from '../../../lib/pages/merge';
import { exportName, markPageExport } from '../../../lib/pages/page-export';
import { pageReview } from '../../../lib/pages/page-review';
import { parsePolicy } from '../../../lib/policy';
import { buildRecord } from '../../../lib/review/build-record';

// An export of a page-only review says it comes from the dashboard pages visited, and which.

const at = new Date('2026-11-20T09:00:00.000Z');
const { next } = mergeReading(null, {
  url: 'https://dashboard.scalingo.com/collaborators',
  region: null,
  rows: [
    { email: 'alice@acme.example', role: 'owner', tfa: null, pending: false, deleted: false, app: 'shop' },
    { email: 'max@agency.example', role: 'collaborator', tfa: null, pending: false, deleted: false, app: 'shop' },
  ],
  at,
});
const pages = [{ app: 'shop', region: null, readAt: at.toISOString() }];
const { snapshot, review } = pageReview(next, parsePolicy({}), [], at);
const record = buildRecord({ snapshot, review, policy: parsePolicy({}), decisions: [], changes: [], now: at });

beforeEach(() => setLanguage('en'));

describe('exports of a page-only review', () => {
  it('open the Markdown evidence pack with where the data came from', () => {
    const md = markPageExport('md', reviewToMarkdown(record), pages);
    expect(md.split('\n')[0]).toBe(
      '> Source: the dashboard pages visited (page-only mode, no token); apps read: shop (2026-11-20T09:00:00.000Z)',
    );
    expect(md).toContain('max@agency.example');
  });

  it('give the JSON a source field and keep the rest', () => {
    const json = JSON.parse(markPageExport('json', reviewToJson(record), pages));
    expect(json.source).toEqual({ kind: 'dashboard-pages', pages });
    expect(JSON.stringify(json)).toContain('external-domain');
  });

  it('name the file after the source', () => {
    expect(exportName('2026-11-20', 'csv', true)).toBe('scalingo-access-review-draft-from-pages-2026-11-20.csv');
    expect(exportName('2026-11-20', 'csv', false)).toBe('scalingo-access-review-draft-2026-11-20.csv');
  });

  it('say each finding was read from a page, at medium confidence, in both languages', () => {
    const md = reviewToMarkdown(record);
    expect(md).toContain('- Confidence: medium — Read from a dashboard page you visited, not from Scalingo’s API');
    expect(md).not.toMatch(/Confidence: high/);
    setLanguage('fr');
    const fr = buildRecord({ snapshot, review, policy: parsePolicy({}), decisions: [], changes: [], now: at });
    expect(reviewToMarkdown(fr)).toContain('Lu sur une page du tableau de bord que vous avez ouverte');
  });

  it('give the policy the findings were judged with, each app’s guessed domain, and a CSV source column', () => {
    const judged = pageReview(next, parsePolicy({}), [], at);
    const rec = buildRecord({ snapshot, review, policy: judged.policy, decisions: [], changes: [], now: at });
    const md = markPageExport('md', reviewToMarkdown(rec), pages, judged.domains);
    expect(md.split('\n')[0]).toContain('shop (2026-11-20T09:00:00.000Z; inside: acme.example)');
    expect(md).toContain('- Trusted domains: acme.example');
    const csv = reviewToCsv(rec, undefined, 'dashboard pages').split('\r\n');
    expect(csv[0]!.endsWith(',source')).toBe(true);
    expect(csv[1]!.endsWith(',dashboard pages')).toBe(true);
  });

  it('write the apps and domains the pages gave as Markdown text: no link, emphasis or table cell of theirs', () => {
    // Stored page readings are the pages' words: an app name and a guessed domain are escaped.
    const read = [{ app: '__shop__', region: null, readAt: at.toISOString() }];
    const domains = { __shop__: '[x](javascript:alert(1))|<b>.example' };
    const first = markPageExport('md', reviewToMarkdown(record), read, domains).split('\n')[0]!;
    expect(first).toContain(
      '\\_\\_shop\\_\\_ (2026-11-20T09:00:00.000Z; inside: \\[x\\](javascript:alert(1))\\|&lt;b&gt;.example)',
    );
    expect(first).not.toMatch(/(?<!\\)\[x(?<!\\)\]\(/);
  });

  it('write a name a page showed as text: no link, markup or formula of its own', () => {
    const shown = [
      { ...next.apps[0]!.rows[0]! },
      { ...next.apps[0]!.rows[1]!, name: '=HYPERLINK("x")[y](javascript:alert(1))<img src=x>' },
    ];
    const named = { ...next, apps: [{ ...next.apps[0]!, rows: shown }] };
    const judged = pageReview(named, parsePolicy({}), [], at);
    const rec = buildRecord({
      snapshot: judged.snapshot,
      review: judged.review,
      policy: judged.policy,
      decisions: [],
      changes: [],
      now: at,
    });
    const md = reviewToMarkdown(rec);
    expect(md).toContain('=HYPERLINK("x")\\[y\\](javascript:alert(1))&lt;img src=x&gt;');
    expect(md).not.toContain('<img');
    const csv = reviewToCsv(rec, undefined, 'dashboard pages');
    expect(csv).toContain("'=HYPERLINK"); // the name is there, defused
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
});
