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
/** The open findings of these (person, app) pairs, and the person-wide ones of these people. */
const openOn = (pairs: Array<[string, string]>) =>
  demo.review.findings.filter(
    (f) =>
      f.state === 'open' &&
      f.person &&
      pairs.some(([email, app]) => f.person!.email === email && (f.app === null || f.app.name === app)),
  );

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
    const pairs = first.shown!.flatMap((p) => p.apps.map((app) => [p.email, app] as [string, string]));
    const expected = new Set(openOn(pairs)).size;
    const all = demo.review.findings.filter((f) => f.state === 'open' && f.person).length;
    expect(expected).toBeLessThan(all); // the demo account has more than this page shows
    expect(view.banner.text).toContain(`${expected} open finding(s) on this page`);
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
    expect(chip('chloe@acme.example')).toContain(`${chloe} app(s) (${chloe - 6} not on this page)`);
    expect(chip('gaelle@acme.example')).toMatch(/(^| · )1 app\(s\), 0 with full access · /);
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
    const pairs = first.shown!.flatMap((p) => p.apps.map((app) => [p.email, app] as [string, string]));
    const view = overlayOfPeople(demo.snapshot, demo.review, demo.now, first.shown);
    expect(view.banner.text).toContain(`${new Set(openOn(pairs)).size} open finding(s) on this page`);
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
