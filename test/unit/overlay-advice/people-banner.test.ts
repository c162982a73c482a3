import { beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import { overlayOfPeople } from '../../../lib/overlay-advice/people-view';
import { scanDemo, type Demo } from './demo';

// The account-wide page's banner (issue #15, review items 4, 7 and 8): it counts and names the
// findings about an app that concern no one person (an SCM link, too many full collaborators) of
// the apps the page lists; on a page with nothing open it names no app (never the user's e-mail);
// its punctuation is the language's own (a non-breaking space before a French colon).

let demo: Demo;
beforeAll(async () => {
  demo = await scanDemo();
});

// The demo account's gaelle, shown on marketing-site only: her missing 2FA (P3), and the
// marketing-site finding of no one person: its repository linked by someone who left (P2).
const gaelleOnly = [{ email: 'gaelle@acme.example', apps: ['marketing-site'] }];
// julien has no open finding; internal-tools has no finding about the app itself.
const julienOnly = [{ email: 'julien@acme.example', apps: ['shop-api-staging'] }];

describe('the banner of the account-wide page', () => {
  it('counts and names the findings about a listed app that concern no one person', () => {
    setLanguage('en');
    const view = overlayOfPeople(demo.snapshot, demo.review, demo.now, gaelleOnly);
    expect(view.banner.text).toBe(
      'Access Review: 2 open findings on this page: 1 × P2, 1 × P3 · ' +
        'P2 The repository of marketing-site is linked by paul, no longer in the team',
    );
    expect(view.banner.tone).toBe('danger');
  });

  it('names no app, and no e-mail, when the page lists nothing open', () => {
    setLanguage('en');
    const view = overlayOfPeople(demo.snapshot, demo.review, demo.now, julienOnly);
    expect(view.banner.text).toBe('No open finding on this page.');
    expect(view.banner.text).not.toContain(demo.snapshot.me.email);
  });

  it('puts a non-breaking space before the colons in French, none in English', () => {
    setLanguage('fr');
    const fr = overlayOfPeople(demo.snapshot, demo.review, demo.now, gaelleOnly).banner.text;
    setLanguage('en');
    expect(fr).toMatch(/^Access Review\u00a0: 2 constats ouverts sur cette page\u00a0: 1 × P2, 1 × P3 · P2 /);
    expect(fr).not.toMatch(/[^\u00a0]:/);
  });

  it('says "on your account" in the corner chip of a page whose rows were not read', () => {
    setLanguage('en');
    const view = overlayOfPeople(demo.snapshot, demo.review, demo.now);
    expect(view.labels.degraded).toBe('Access Review: 41 open findings on your account');
  });
});
