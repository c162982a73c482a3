/** @vitest-environment happy-dom */
import { beforeAll, describe, expect, it } from 'vitest';
import { dashboardPage } from '../../../lib/overlay-page/page';
import { readPage } from '../../../lib/overlay-page/read-page';
import { mergeReading } from '../../../lib/pages/merge';
import { pageReview } from '../../../lib/pages/page-review';
import type { PageSnapshot } from '../../../lib/pages/reading';
import { messageText } from '../../../lib/ui/message-text';
import { scanDemo, type Demo } from '../overlay-advice/demo';
import { loadFixture } from '../overlay-page/fixture';
import { D } from './page-fixtures';

// The account-wide pages list only some of each app's people (grouped by person: three of them,
// no owner): a reading of one updates the people it shows and keeps everyone else; only an
// app's own page, which lists everyone, removes a person.

let demo: Demo;
beforeAll(async () => {
  demo = await scanDemo();
});

const BY_APP = { file: 'collaborators.html', url: `${D}/collaborators` };
const BY_PERSON = { file: 'collaborators-by-person.html', url: `${D}/collaborators?group=person` };
const SHOP = {
  file: 'app-collaborators-shop-frontend.html',
  url: `${D}/apps/osc-fr1/shop-frontend/settings/collaborators`,
};

function visit(pages: PageSnapshot | null, { file, url }: { file: string; url: string }, minute: number) {
  loadFixture(file);
  const page = dashboardPage(url);
  const rows = readPage(document.body, page);
  const at = new Date(demo.now.getTime() - (60 - minute) * 60_000);
  return mergeReading(pages, { url, region: page.kind === 'app' ? page.region : null, rows, at }).next;
}

const people = (pages: PageSnapshot, app: string) =>
  pages.apps
    .find((a) => a.name === app)!
    .rows.map((r) => `${r.email} ${r.role}`)
    .sort();

describe('the account-wide page grouped by person, read after the others', () => {
  it('keeps every person the other pages showed, owners included, and their findings', () => {
    let pages = visit(null, BY_APP, 1);
    pages = visit(pages, SHOP, 2);
    pages = visit(pages, BY_PERSON, 3);
    expect(people(pages, 'marketing-site')).toEqual([
      'alice@acme.example owner',
      'gaelle@acme.example limited',
      'lea.dev.freelance@gmail.com collaborator',
      'max@pixel-agency.example collaborator',
      'paul@acme.example collaborator',
    ]);
    expect(people(pages, 'shop-frontend')).toContain('alice@acme.example owner');
    const found = pageReview(pages, demo.policy, [], demo.now).review.findings;
    expect(found.filter((f) => f.rule === 'external-domain').map((f) => `${f.app!.name} ${f.person!.email}`)).toEqual(
      expect.arrayContaining([
        'marketing-site lea.dev.freelance@gmail.com',
        'marketing-site max@pixel-agency.example',
        'shop-frontend max@pixel-agency.example',
        'shop-frontend lea.dev.freelance@gmail.com',
      ]),
    );
    expect(found.filter((f) => f.rule === 'too-many-full').map((f) => messageText(f.title))).toContain(
      'shop-frontend has 6 full Collaborators',
    );
  });

  it('updates the people it shows: a role changed there counts', () => {
    let pages = visit(null, BY_APP, 1);
    const before = pages.apps.find((a) => a.name === 'marketing-site')!;
    const gaelle = before.rows.find((r) => r.email === 'gaelle@acme.example')!;
    pages = {
      ...pages,
      apps: pages.apps.map((a) =>
        a === before
          ? { ...a, rows: a.rows.map((r) => (r === gaelle ? { ...r, role: 'collaborator' as const } : r)) }
          : a,
      ),
    };
    pages = visit(pages, BY_PERSON, 3);
    expect(people(pages, 'marketing-site')).toContain('gaelle@acme.example limited');
  });

  it('an app’s own page, read after, removes whom it no longer lists', () => {
    let pages = visit(null, BY_PERSON, 1);
    loadFixture(SHOP.file);
    const page = dashboardPage(SHOP.url);
    const rows = readPage(document.body, page).filter((r) => r.email !== 'max@pixel-agency.example');
    pages = mergeReading(pages, { url: SHOP.url, region: 'osc-fr1', rows, at: demo.now }).next;
    expect(people(pages, 'shop-frontend')).not.toContain('max@pixel-agency.example collaborator');
    expect(people(pages, 'shop-frontend')).toContain('alice@acme.example owner');
  });
});

describe('apps left unread, across the account-wide page’s groupings', () => {
  // The background stamps both groupings with the same URL (no query): one must not clear the other's names.
  const WIDE = `${D}/collaborators`;
  const row = (app: string, email: string): PageSnapshot['apps'][number]['rows'][number] => ({
    email,
    role: 'collaborator',
    tfa: null,
    pending: false,
    deleted: false,
    app,
  });
  const at = (m: number) => new Date(Date.UTC(2026, 10, 20, 9, m));

  it('keeps an app named unread until a reading actually reads it', () => {
    const byApp = mergeReading(null, {
      url: WIDE,
      region: null,
      rows: [row('a', 'x@acme.example')],
      leftOut: ['big'],
      at: at(1),
    });
    expect(byApp.next.leftOut?.map((l) => l.app)).toEqual(['big']);
    // Grouped by person, the same URL once stamped: it shows other apps, not "big".
    const byPerson = mergeReading(byApp.next, {
      url: WIDE,
      region: null,
      rows: [row('b', 'y@acme.example')],
      at: at(2),
    });
    expect(byPerson.next.leftOut?.map((l) => l.app)).toEqual(['big']);
    // A reading of "big" clears it.
    const own = `${D}/apps/osc-fr1/big/settings/collaborators`;
    const read = mergeReading(byPerson.next, {
      url: own,
      region: 'osc-fr1',
      rows: [row('big', 'z@acme.example')],
      at: at(3),
    });
    expect(read.next.leftOut).toEqual([]);
  });

  it('keeps an app named while a reading reads it only in part', () => {
    const own = `${D}/apps/osc-fr1/shop/settings/collaborators`;
    const first = mergeReading(null, {
      url: own,
      region: 'osc-fr1',
      rows: [row('shop', 'x@acme.example')],
      leftOut: ['shop'],
      at: at(1),
    });
    expect(first.next.leftOut?.map((l) => l.app)).toEqual(['shop']);
    const whole = mergeReading(first.next, {
      url: own,
      region: 'osc-fr1',
      rows: [row('shop', 'x@acme.example')],
      at: at(2),
    });
    expect(whole.next.leftOut).toEqual([]);
  });
});
