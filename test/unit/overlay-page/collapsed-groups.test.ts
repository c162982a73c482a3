/** @vitest-environment happy-dom */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { annotateAccount } from '../../../lib/overlay-page/annotate';
import { BADGE_TAG } from '../../../lib/overlay-page/badge';
import { BANNER_TAG } from '../../../lib/overlay-page/banner';
import { setLanguage } from '../../../lib/i18n';
import { overlayOfPeople } from '../../../lib/overlay-advice/people-view';
import { scanDemo, type Demo } from '../overlay-advice/demo';
import { loadFixture } from './fixture';

// Issue #15's review, item 1: a row whose apps the page does not show (a collapsed group the Vue
// page has not rendered, a row under no app heading) is sent with no app; the background then
// counted none of that person's findings, and the banner read "No open finding on this page."
// while the chips had P2s. Such a person is not narrowed: all their findings count, and the chip
// and banner say the count may include apps the page does not show. Never a false all-clear.

let demo: Demo;
beforeAll(async () => {
  setLanguage('en');
  demo = await scanDemo();
});
afterEach(() => setLanguage('en'));
const noop = () => undefined;

/** The page drawn twice, as the content script does: first to read what it lists, then with its counts. */
function drawnTwice() {
  const first = annotateAccount(document.body, overlayOfPeople(demo.snapshot, demo.review, demo.now), noop);
  const view = overlayOfPeople(demo.snapshot, demo.review, demo.now, first.shown, first.more);
  annotateAccount(document.body, view, noop);
  return { first, view };
}
const banner = () => document.querySelector(BANNER_TAG)!.shadowRoot!.querySelector('.bar span')!.textContent;
const chipIn = (row: Element) => row.querySelector(BADGE_TAG)!.shadowRoot!.querySelector('.chip')!.textContent;
const summaryOf = (email: string) =>
  [...document.querySelectorAll('summary')].find((s) => s.textContent.includes(email))!;

describe('the page grouped by person, every group collapsed and unrendered', () => {
  it('lists each person with no app read', () => {
    loadFixture('variants/collaborators-by-person-collapsed.html');
    const { first } = drawnTwice();
    expect(first.shown).toEqual([
      { email: 'chloe@acme.example', apps: [] },
      { email: 'max@pixel-agency.example', apps: [] },
      { email: 'gaelle@acme.example', apps: [] },
    ]);
  });

  it('counts every finding of those people and their apps, and says the count may cover apps not shown', () => {
    loadFixture('variants/collaborators-by-person-collapsed.html');
    drawnTwice();
    // chloe on her 8 apps: 2 × P2 (billing-api-prod, shop-frontend-pr7), 3 × P3; max 2 × P2; gaelle
    // 1 × P3; and their apps' own: shop-frontend's forks (P2) and full collaborators (P3),
    // marketing-site's SCM linker (P2), shop-api-production's auto-deploy (P3).
    expect(banner()).toMatch(/^Access Review: 12 open findings on this page: 6 × P2, 6 × P3 · /);
    expect(banner()).not.toContain('No open finding');
    expect(banner()).toContain('may include apps this page does not show, for 3 people');
    expect(chipIn(summaryOf('chloe@acme.example'))).toMatch(/^P2 · 8 apps, some may not be on this page, /);
    expect(chipIn(summaryOf('gaelle@acme.example'))).toMatch(/^P3 · 1 app, maybe not on this page, /);
  });
});

describe('the page grouped by app, a row under no app heading', () => {
  it('counts that person’s findings rather than none', () => {
    loadFixture('collaborators.html');
    // The page's headings are gone (a shape it was not written for): no row has an app.
    document.querySelectorAll('h2, h3').forEach((h) => h.remove());
    const { first, view } = drawnTwice();
    expect(first.shown!.length).toBeGreaterThan(0);
    expect(first.shown!.every((s) => s.apps.length === 0)).toBe(true);
    expect(view.banner.text).not.toBe('No open finding on this page.');
    expect(view.banner.text).toMatch(/^Access Review: \d+ open finding/);
  });
});
