/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { dashboardPage } from '../../../lib/overlay-page/page';
import { readPage } from '../../../lib/overlay-page/read-page';
import { mergeReading } from '../../../lib/pages/merge';
import type { PageRow } from '../../../lib/pages/page-row';
import type { PageSnapshot } from '../../../lib/pages/reading';
import { loadFixture } from '../overlay-page/fixture';
import { D } from './page-fixtures';
import { row } from './page-service';

// The account-wide page grouped by app lists everyone on each app it shows: for those apps its
// latest reading decides who is on them and with which role (someone removed from an app since
// is gone, their findings with them), while what it does not show (2FA, name, invitations,
// deleted accounts) is still carried from the earlier reading for the people it still lists.
// Grouped by person, it lists only some people: it removes no one.

const WIDE = `${D}/collaborators`;
const SHOP = `${D}/apps/osc-fr1/shop/settings/collaborators`;
const at = (m: number) => new Date(Date.UTC(2026, 10, 20, 9, m));
const shopPage = [
  row('shop', 'alice@acme.example', { role: 'owner', name: 'alice', tfa: true }),
  row('shop', 'max@agency.example', { name: 'max-pixel', tfa: false }),
  row('shop', 'bob@acme.example', { tfa: true }),
  row('shop', 'nina@acme.example', { pending: true }),
];
const wide = (rows: PageRow[], listed?: string[]) => (prev: PageSnapshot) =>
  mergeReading(prev, { url: WIDE, region: null, rows, at: at(2), ...(listed ? { listed } : {}) }).next;
const shop = (pages: PageSnapshot) => pages.apps.find((a) => a.name === 'shop')!.rows;

describe('the account-wide page grouped by app, after an app’s own page', () => {
  const first = mergeReading(null, { url: SHOP, region: 'osc-fr1', rows: shopPage, at: at(1) }).next;
  const listed = [
    row('shop', 'alice@acme.example', { role: 'owner' }),
    row('shop', 'max@agency.example', { role: 'limited' }),
  ];

  it('removes whom it no longer lists on an app it lists in full, keeps the invitation it does not show', () => {
    const pages = wide(listed, ['shop'])(first);
    expect(
      shop(pages)
        .map((r) => `${r.email} ${r.role}`)
        .sort(),
    ).toEqual(['alice@acme.example owner', 'max@agency.example limited', 'nina@acme.example collaborator']);
  });

  it('still carries the 2FA and name it does not show for the people it lists', () => {
    const max = shop(wide(listed, ['shop'])(first)).find((r) => r.email === 'max@agency.example')!;
    expect(max).toMatchObject({ role: 'limited', tfa: false, name: 'max-pixel' });
  });

  it('removes no one when it lists only some people (grouped by person)', () => {
    const pages = wide(listed)(first);
    expect(shop(pages).map((r) => r.email)).toContain('bob@acme.example');
  });
});

describe('the page reader', () => {
  it('names the apps the page grouped by app lists in full, none grouped by person', () => {
    const listedOn = (file: string, url: string) => {
      loadFixture(file);
      const apps = new Set<string>();
      readPage(document.body, dashboardPage(url), apps);
      return [...apps].sort();
    };
    expect(listedOn('collaborators.html', WIDE)).toEqual(['billing-api-prod', 'marketing-site', 'shop-api-production']);
    expect(listedOn('collaborators-by-person.html', `${WIDE}?group=person`)).toEqual([]);
  });
});

describe('the reading sent and kept', () => {
  it('carries the apps listed in full from the content script to the stored pages', async () => {
    const { sendPageReadings } = await import('../../../lib/overlay-page/send-reading');
    const { pageService } = await import('./page-service');
    const s = pageService();
    await s.service.handle({ type: 'saveSettings', settings: { pageOnly: true } });
    await s.fromPage({ type: 'pageReading', rows: shopPage }, '/apps/osc-fr1/shop/settings/collaborators');
    // The page grouped by app, with shop's group listing alice and max only.
    document.body.innerHTML =
      '<section><h3>shop</h3><ul><li><span>alice@acme.example</span> <span>Owner</span></li>' +
      '<li><span>max@agency.example</span> <span>Limited collaborator</span></li></ul></section>';
    const abort = new AbortController();
    const done = new Promise<unknown>((resolve) =>
      sendPageReadings(
        document,
        dashboardPage(WIDE),
        (rows, leftOut, listed) => {
          const sent = s.fromPage({ type: 'pageReading', rows, leftOut, listed }, '/collaborators');
          void sent.then(resolve);
          return sent;
        },
        abort.signal,
        () => Promise.resolve(true),
      ),
    );
    await done;
    abort.abort();
    const stored = s.state.pages as PageSnapshot;
    expect(
      shop(stored)
        .map((r) => r.email)
        .sort(),
    ).toEqual(['alice@acme.example', 'max@agency.example', 'nina@acme.example']);
  });
});
