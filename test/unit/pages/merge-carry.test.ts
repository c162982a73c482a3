import { describe, expect, it } from 'vitest';
import { freshPages, mergeReading } from '../../../lib/pages/merge';
import { pageReview } from '../../../lib/pages/page-review';
import type { PageRow, PageSnapshot } from '../../../lib/pages/reading';
import { parsePolicy } from '../../../lib/policy';
import { pageService } from './page-service';

// What the account-wide page does not show never erases what an app's own page showed, and what
// it carries keeps its own reading time (issue #21's hostile review, items 1 and 2): the wide page
// shows no 2FA and may name no role, and visiting it must neither hide "missing 2FA" nor keep a
// person past the look-back window (PRIVACY.md).

const APP = 'https://dashboard.scalingo.com/apps/osc-secnum-fr1/payments-secnum/settings/collaborators';
const WIDE = 'https://dashboard.scalingo.com/collaborators';
const DAY = 86_400_000;
const t0 = new Date('2026-08-01T09:00:00.000Z');
const day = (n: number) => new Date(t0.getTime() + n * DAY);
const row = (email: string, over: Partial<PageRow> = {}): PageRow => ({
  email,
  role: 'collaborator',
  tfa: null,
  pending: false,
  deleted: false,
  app: 'payments-secnum',
  ...over,
});
const appPage = [
  row('alice@acme.example', { role: 'owner', tfa: true }),
  row('farid@acme.example', { tfa: false }),
  row('nina@acme.example', { role: 'limited', pending: true }),
];
const policy = parsePolicy({ trustedDomains: ['acme.example'] });

function read(prev: PageSnapshot | null, url: string, rows: PageRow[], at: Date): PageSnapshot {
  return mergeReading(prev, { url, region: url === WIDE ? null : 'osc-secnum-fr1', rows, at }).next;
}
const person = (pages: PageSnapshot, email: string) => pages.apps[0]!.rows.find((r) => r.email === email) ?? null;

describe('the account-wide page read after an app’s own page', () => {
  it('keeps the 2FA and the role the app’s page showed, so "missing 2FA" stays', () => {
    let pages = read(null, APP, appPage, day(0));
    pages = read(pages, WIDE, [row('farid@acme.example', { role: null })], day(1));
    expect(person(pages, 'farid@acme.example')).toMatchObject({ role: 'collaborator', tfa: false });
    const found = pageReview(pages, policy, [], day(1)).review.findings;
    expect(found.map((f) => `${f.rule} ${f.person?.email}`)).toContain('missing-2fa farid@acme.example');
  });

  it('lets a value it does show win over the earlier one', () => {
    let pages = read(null, APP, appPage, day(0));
    pages = read(pages, WIDE, [row('farid@acme.example', { role: 'limited', tfa: true })], day(1));
    expect(person(pages, 'farid@acme.example')).toMatchObject({ role: 'limited', tfa: true });
  });
});

describe('what the account-wide page carries from an earlier reading', () => {
  it('expires by its own reading time, not the latest visit’s', () => {
    let pages = read(null, APP, appPage, day(0));
    // Day 80: the wide page shows farid (no 2FA shown) and not nina's pending invitation.
    pages = read(pages, WIDE, [row('farid@acme.example')], day(80));
    const fresh = freshPages(pages, 90, day(95))!;
    // Nina was last shown on day 0: gone. Farid was shown on day 80: kept, his day-0 2FA gone.
    expect(fresh.apps.map((a) => a.name)).toEqual(['payments-secnum']);
    expect(person(fresh, 'nina@acme.example')).toBeNull();
    expect(person(fresh, 'alice@acme.example')).toBeNull();
    expect(person(fresh, 'farid@acme.example')).toMatchObject({ role: 'collaborator', tfa: null });
  });

  it('counts whole while it is within the window, and the latest reading counts for what it shows', () => {
    let pages = read(null, APP, appPage, day(0));
    pages = read(pages, WIDE, [row('farid@acme.example', { role: 'limited' })], day(80));
    const fresh = freshPages(pages, 90, day(85))!;
    expect(person(fresh, 'nina@acme.example')).toMatchObject({ pending: true });
    expect(person(fresh, 'farid@acme.example')).toMatchObject({ role: 'limited', tfa: false });
    // Past day 90 the 2FA read on day 0 goes, the role read on day 80 stays.
    expect(person(freshPages(pages, 90, day(91))!, 'farid@acme.example')).toMatchObject({ role: 'limited', tfa: null });
  });
});

describe('the hourly expiry in storage', () => {
  it('drops a person carried past the window, not only the next reading', async () => {
    const s = pageService();
    await s.service.handle({ type: 'saveSettings', settings: { pageOnly: true } });
    s.state.pages = read(read(null, APP, appPage, day(-100)), WIDE, [row('farid@acme.example')], new Date());
    await s.service.expirePageReadings();
    expect(s.state.pages?.apps[0]!.rows.map((r) => [r.email, r.tfa])).toEqual([['farid@acme.example', null]]);
  });
});
