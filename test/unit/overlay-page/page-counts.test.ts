/** @vitest-environment happy-dom */
import { beforeAll, describe, expect, it } from 'vitest';
import { annotateAccount } from '../../../lib/overlay-page/annotate';
import { BADGE_TAG } from '../../../lib/overlay-page/badge';
import { setLanguage } from '../../../lib/i18n';
import { overlayOfPeople } from '../../../lib/overlay-advice/people-view';
import { scanDemo, type Demo } from '../overlay-advice/demo';
import { loadFixture } from './fixture';

// Issue #15, item 3: on the account-wide page the banner counts the findings of the people and
// apps that page lists, not the whole account's, and a person's chip says how many of their
// apps the page does not list. The page's listing is read by the overlay, then sent back.

let demo: Demo;
beforeAll(async () => {
  setLanguage('en');
  demo = await scanDemo();
});
const noop = () => undefined;
const appsOf = (email: string) =>
  new Set(demo.snapshot.assignments.filter((a) => a.email === email).map((a) => a.appId));
const appName = (id: string) => demo.snapshot.apps.find((a) => a.id === id)!.name;

describe('the account-wide page, grouped by person', () => {
  it('reads which apps the page lists for each person', () => {
    loadFixture('collaborators-by-person.html');
    const seen = annotateAccount(document.body, overlayOfPeople(demo.snapshot, demo.review, demo.now), noop);
    expect(seen.shown).toEqual([
      {
        email: 'chloe@acme.example',
        apps: [
          'shop-api-production',
          'shop-frontend',
          'shop-api-staging',
          'billing-api-prod',
          'data-pipeline',
          'payments-secnum',
        ],
      },
      { email: 'max@pixel-agency.example', apps: ['shop-frontend', 'marketing-site'] },
      { email: 'gaelle@acme.example', apps: ['marketing-site'] },
    ]);
  });

  it('counts in the banner only the findings of what the page lists', () => {
    loadFixture('collaborators-by-person.html');
    const first = annotateAccount(document.body, overlayOfPeople(demo.snapshot, demo.review, demo.now), noop);
    const view = overlayOfPeople(demo.snapshot, demo.review, demo.now, first.shown);
    // The demo account's open findings on what this page lists: chloe's on billing-api-prod (P2) and
    // shop-frontend (P3), max's on shop-frontend and marketing-site (P2 each), gaelle's 2FA (P3), and
    // those of no one person about the apps listed: shop-frontend's forks (P2) and its full
    // collaborators (P3), marketing-site's SCM linker (P2), shop-api-production's auto-deploy (P3).
    // Not the rest of the account's (its API tokens, other people, other apps).
    expect(view.banner.text).toMatch(/^Access Review: 9 open findings on this page: 5 × P2, 4 × P3 · /);
  });

  it('says on a person’s chip how many of their apps the page does not list', () => {
    loadFixture('collaborators-by-person.html');
    const first = annotateAccount(document.body, overlayOfPeople(demo.snapshot, demo.review, demo.now), noop);
    annotateAccount(document.body, overlayOfPeople(demo.snapshot, demo.review, demo.now, first.shown), noop);
    const chip = (email: string) =>
      [...document.querySelectorAll('summary')]
        .find((s) => s.textContent.includes(email))!
        .querySelector(BADGE_TAG)!
        .shadowRoot!.querySelector('.chip')!.textContent;
    const chloe = appsOf('chloe@acme.example').size;
    expect(chloe).toBeGreaterThan(6); // the page lists 6 of them
    expect(chip('chloe@acme.example')).toContain(`${chloe} apps (${chloe - 6} not on this page)`);
    expect(chip('gaelle@acme.example')).toMatch(/(^| · )1 app, 0 with full access · /);
    expect([...appsOf('gaelle@acme.example')].map(appName)).toEqual(['marketing-site']);
  });
});

describe('the account-wide page, grouped by app', () => {
  it('counts in the banner only the findings of the rows shown', () => {
    loadFixture('collaborators.html');
    const first = annotateAccount(document.body, overlayOfPeople(demo.snapshot, demo.review, demo.now), noop);
    expect(first.shown).toContainEqual({
      email: 'chloe@acme.example',
      apps: ['shop-api-production', 'billing-api-prod'],
    });
    const view = overlayOfPeople(demo.snapshot, demo.review, demo.now, first.shown);
    // shop-api-production: alice's personal ownership (P3), bruno's unused access (P2) and the app's
    // auto-deploy (P3); marketing-site: max (P2), lea (P2, P3), gaelle (P3), paul (P3) and its SCM
    // linker (P2); billing-api-prod: chloe (P2).
    expect(view.banner.text).toMatch(/^Access Review: 10 open findings on this page: 5 × P2, 5 × P3 · /);
  });
});

describe('a page that lists nobody', () => {
  it('keeps the account’s counts: an empty listing is no all-clear', () => {
    const whole = overlayOfPeople(demo.snapshot, demo.review, demo.now);
    const empty = overlayOfPeople(demo.snapshot, demo.review, demo.now, []);
    expect(whole.people.length).toBeGreaterThan(0);
    expect(empty).toEqual(whole);
  });
});
