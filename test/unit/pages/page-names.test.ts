import { describe, expect, it } from 'vitest';
import { freshPages, mergeReading } from '../../../lib/pages/merge';
import { PageRow } from '../../../lib/pages/page-row';
import { pageReview } from '../../../lib/pages/page-review';
import { parsePageSnapshot, type PageSnapshot } from '../../../lib/pages/reading';
import { messageText } from '../../../lib/ui/message-text';
import { parsePolicy } from '../../../lib/policy';
import { pageService, row } from './page-service';

// The name a page shows, carried from the reading to the review (issue #21: "rows as data: e-mail,
// name, …"): the page-only review names people as the API review does (their username, else their
// e-mail); the account-wide page, which shows no name, does not erase one an app's page showed;
// a name expires with its reading; and readings stored before names were read still load.

const APP = 'https://dashboard.scalingo.com/apps/osc-fr1/shop/settings/collaborators';
const WIDE = 'https://dashboard.scalingo.com/collaborators';
const DAY = 86_400_000;
const t0 = new Date('2026-08-01T09:00:00.000Z');
const day = (n: number) => new Date(t0.getTime() + n * DAY);
const policy = parsePolicy({ trustedDomains: ['acme.example'] });
const appPage = [
  row('shop', 'alice@acme.example', { role: 'owner', name: 'alice' }),
  row('shop', 'max@agency.example', { name: 'Max Pixel' }),
  row('shop', 'nina@acme.example', { pending: true, name: null }),
];
const read = (prev: PageSnapshot | null, url: string, rows: PageRow[], at: Date) =>
  mergeReading(prev, { url, region: url === WIDE ? null : 'osc-fr1', rows, at }).next;
const titles = (pages: PageSnapshot, at: Date) =>
  pageReview(pages, policy, [], at).review.findings.map((f) => messageText(f.title));

describe('a name a page shows', () => {
  it('names the person in the findings, an invitation by its e-mail', () => {
    const found = titles(read(null, APP, appPage, day(0)), day(0));
    expect(found).toContain('Max Pixel (max@agency.example) has full access to shop from outside the team');
    expect(found.some((t) => t.includes('nina@acme.example'))).toBe(true);
  });

  it('stays when the account-wide page shows the person without it, and expires with its reading', () => {
    let pages = read(null, APP, appPage, day(0));
    pages = read(pages, WIDE, [row('shop', 'max@agency.example', { role: null })], day(80));
    expect(titles(pages, day(80))).toContain(
      'Max Pixel (max@agency.example) has full access to shop from outside the team',
    );
    // Past the window of the app page's reading (day 0), the name it showed goes; max, shown on day 80, stays.
    const later = freshPages(pages, 90, day(95))!;
    expect(later.apps[0]!.rows.map((r) => [r.email, r.name ?? null])).toEqual([['max@agency.example', null]]);
  });

  it('gives way to the name a later page shows', () => {
    let pages = read(null, APP, appPage, day(0));
    pages = read(pages, WIDE, [row('shop', 'max@agency.example', { name: 'max-pixel' })], day(1));
    expect(titles(pages, day(1))).toContain(
      'max-pixel (max@agency.example) has full access to shop from outside the team',
    );
  });
});

describe('a name sent by the dashboard’s content script', () => {
  it('names the person in the popup’s digest; one posing as an address is refused, nothing kept', async () => {
    const s = pageService();
    await s.service.handle({ type: 'saveSettings', settings: { pageOnly: true } });
    const hostile = [row('shop', 'max@agency.example', { name: 'alice@acme.example' })];
    const shopPage = '/apps/osc-fr1/shop/settings/collaborators';
    expect(await s.fromPage({ type: 'pageReading', rows: hostile }, shopPage)).toMatchObject({ ok: false });
    expect(s.state.pages).toBeNull();
    const shown = [appPage[0]!, row('shop', 'max@agency.example', { name: 'Max Pixel' })];
    await s.fromPage({ type: 'pageReading', rows: shown }, shopPage);
    const status = await s.service.handle({ type: 'getStatus' });
    expect(status.people).toContainEqual({ email: 'max@agency.example', username: 'Max Pixel' });
  });
});

describe('readings stored before names were read', () => {
  it('load, each person named by their e-mail', () => {
    const stored = {
      version: 1,
      apps: [
        {
          name: 'shop',
          region: 'osc-fr1',
          readAt: day(0).toISOString(),
          url: APP,
          rows: [
            { email: 'alice@acme.example', role: 'owner', tfa: null, pending: false, deleted: false, app: 'shop' },
            {
              email: 'max@agency.example',
              role: 'collaborator',
              tfa: null,
              pending: false,
              deleted: false,
              app: 'shop',
            },
          ],
        },
      ],
      leftOut: [],
    };
    const pages = parsePageSnapshot(JSON.parse(JSON.stringify(stored)));
    expect(pages).not.toBeNull();
    expect(titles(pages!, day(0))).toContain('max@agency.example has full access to shop from outside the team');
  });
});

describe('the name field of a row', () => {
  const ok = (name: unknown) => PageRow.safeParse(row('shop', 'max@agency.example', { name: name as string })).success;
  it.each(['max-pixel', 'Max Pixel', 'Léa Dévé', '<b>max</b>', 'm'.repeat(64), null, undefined])('accepts %j', (name) =>
    expect(ok(name)).toBe(true),
  );
  it.each(['', ' max', 'alice@acme.example', 'ma\u200Dx', 'max\u202Eeci', 'max\nbob', 'm'.repeat(65), 42])(
    'refuses %j',
    (name) => expect(ok(name)).toBe(false),
  );
});
