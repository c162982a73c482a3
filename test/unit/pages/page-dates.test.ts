/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { dashboardPage } from '../../../lib/overlay-page/page';
import { readPage } from '../../../lib/overlay-page/read-page';
import { mergeReading } from '../../../lib/pages/merge';
import { pageReview } from '../../../lib/pages/page-review';
import { PageRow } from '../../../lib/pages/page-row';
import { parsePolicy } from '../../../lib/policy';
import { messageText } from '../../../lib/ui/message-text';
import { loadFixture } from '../overlay-page/fixture';
import { D } from './page-fixtures';

// Issue #21: "pending invitations (age only when the page shows a date)". The pages were never
// read for a date, and a pending invitation with none was called old by default (P2, "still
// pending" for longer than the policy allows). Now a date the page shows dates it, and without
// one the finding says the page shows none, at P4, never stale by default. Hostile dates
// (unreadable, year 0001, huge, in the future) are refused and the row is kept, undated.

const URL_ = `${D}/apps/osc-fr1/shop-api-staging/settings/collaborators`;
const NOW = new Date('2026-11-20T09:00:00.000Z');
const policy = parsePolicy({});

function review(at = NOW) {
  const page = dashboardPage(URL_);
  const rows = readPage(document.body, page);
  const { next } = mergeReading(null, { url: URL_, region: 'osc-fr1', rows, at });
  return { rows, findings: pageReview(next, policy, [], at).review.findings };
}

const nina = (findings: ReturnType<typeof review>['findings']) =>
  findings.filter((f) => f.rule === 'stale-invitation' && f.person?.email === 'nina@acme.example');

const pendingRow = (when: string) => `<h1>shop-api-staging</h1><table>
  <thead><tr><th>Email</th><th>Role</th><th>Status</th><th>Invited</th></tr></thead>
  <tbody><tr><td>alice@acme.example</td><td>Owner</td><td>Owner</td><td></td></tr>
  <tr><td>nina@acme.example</td><td>Collaborator</td><td>Pending</td><td>${when}</td></tr></tbody></table>`;

describe('invitation dates read from the page', () => {
  it('dates a pending invitation from the <time datetime> its row shows, and says the page showed it', () => {
    loadFixture('variants/app-collaborators-shop-api-staging-dated.html');
    const { rows, findings } = review();
    expect(rows.find((r) => r.email === 'nina@acme.example')?.invitedAt).toBe('2026-09-21T01:00:00.000Z');
    // Nobody else is pending: no date is read for them.
    expect(rows.filter((r) => r.invitedAt).map((r) => r.email)).toEqual(['nina@acme.example']);
    const [found] = nina(findings);
    expect(found?.priority).toBe('P2');
    expect(found?.evidence[0]).toMatchObject({ key: 'evidence.invitedOnPage', vars: { days: 60, max: 7 } });
    expect(messageText(found!.evidence[0]!)).toMatch(/^Invited on .*2026, shown by the page, 60 days ago/);
  });

  it('gives no finding for an invitation the page dates within the policy', () => {
    document.body.innerHTML = pendingRow('<span title="2026-11-17">3 days ago</span>');
    expect(review().rows[1]?.invitedAt).toBe('2026-11-17T00:00:00.000Z');
    expect(nina(review().findings)).toEqual([]);
  });

  it('reads an ISO date written in a cell', () => {
    document.body.innerHTML = pendingRow('Invited 2026-08-01');
    expect(review().rows[1]?.invitedAt).toBe('2026-08-01T00:00:00.000Z');
  });

  it('says "pending; the page shows no date" without a date, at P4, never stale by default', () => {
    loadFixture('app-collaborators-shop-api-staging.html');
    const [found] = nina(review().findings);
    expect(found?.priority).toBe('P4');
    expect(found?.evidence).toContainEqual({ key: 'evidence.pageNoDate' });
    expect(found?.evidence).not.toContainEqual({ key: 'evidence.invitedUnknown' });
    expect(messageText({ key: 'evidence.pageNoDate' })).toMatch(/^Pending; the page shows no date/);
  });

  it.each([
    ['year 0001', '<time datetime="0001-01-01T00:00:00Z">long ago</time>'],
    ['a huge year', '<time datetime="+275760-09-13T00:00:00Z">far</time>'],
    ['five digits', 'Invited 99999-01-01'],
    ['an impossible day', '<span title="2026-02-31">then</span>'],
    ['words', '<time datetime="yesterday">yesterday</time>'],
    ['the future', '<time datetime="2027-01-01T00:00:00Z">soon</time>'],
  ])('refuses %s: the row is kept, undated, and says so', (_what, cell) => {
    document.body.innerHTML = pendingRow(cell);
    const { rows, findings } = review();
    expect(rows.map((r) => r.email)).toEqual(['alice@acme.example', 'nina@acme.example']);
    const [found] = nina(findings);
    expect(found?.evidence).toContainEqual({ key: 'evidence.pageNoDate' });
    expect(found?.priority).toBe('P4');
  });

  it('refuses a forged reading whose row carries a date that cannot be one (the background’s check)', () => {
    const row = { email: 'nina@acme.example', role: 'collaborator', tfa: null, pending: true, deleted: false };
    const ok = (invitedAt: unknown) => PageRow.safeParse({ ...row, app: 'shop', invitedAt }).success;
    expect(ok('2026-09-21T01:00:00.000Z')).toBe(true);
    expect(ok(null)).toBe(true);
    for (const bad of ['0001-01-01T00:00:00.000Z', '2026-02-31T00:00:00.000Z', 'x'.repeat(5000), 42, '2026-09-21'])
      expect(ok(bad)).toBe(false);
  });
});

describe('a dated invitation across pages', () => {
  it('keeps the date its app page showed when the account-wide page, which shows no invitation, is read after', () => {
    loadFixture('variants/app-collaborators-shop-api-staging-dated.html');
    const rows = readPage(document.body, dashboardPage(URL_));
    const first = mergeReading(null, { url: URL_, region: 'osc-fr1', rows, at: NOW }).next;
    const wide = `${D}/collaborators`;
    const shown = [
      {
        email: 'nina@acme.example',
        role: 'collaborator' as const,
        tfa: null,
        pending: false,
        deleted: false,
        app: 'shop-api-staging',
      },
    ];
    const later = new Date(NOW.getTime() + 60_000);
    const { next } = mergeReading(first, { url: wide, region: null, rows: shown, at: later });
    const [found] = nina(pageReview(next, policy, [], later).review.findings);
    expect(found?.evidence[0]).toMatchObject({ key: 'evidence.invitedOnPage', vars: { days: 60 } });
  });
});
