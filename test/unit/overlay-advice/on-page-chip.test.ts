import { beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import { overlayOfPeople } from '../../../lib/overlay-advice/people-view';
import { scanDemo, type Demo } from './demo';

// Issue #15's review, item 2: on the page grouped by person, a person's chip took its priority,
// suggested change and evidence from their findings on every app, while the banner counted only
// the apps the page lists: a chip could say "P1 … → Remove" over "No open finding on this page."
// Now the chip speaks of the apps on the page, and counts the rest ("+N findings on apps not on
// this page").

let demo: Demo;
beforeAll(async () => {
  setLanguage('en');
  demo = await scanDemo();
});

// What collaborators-by-person.html lists: chloe on 6 of her 8 apps (not the review apps
// shop-api-production-pr42 and shop-frontend-pr7, where her findings say → Remove).
const LISTED = [
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
];
const acrossApps = (view: ReturnType<typeof overlayOfPeople>, email: string) =>
  view.people.find((p) => p.email === email && p.app === null)!;

describe('a person’s chip on the page grouped by person', () => {
  it('takes priority, suggestion and evidence from the apps the page lists, and counts the rest', () => {
    const view = overlayOfPeople(demo.snapshot, demo.review, demo.now, LISTED);
    const chloe = acrossApps(view, 'chloe@acme.example');
    // On the page: unused full access on billing-api-prod (P2) and shop-frontend (P3), → Limited.
    expect(chloe.chip).toMatch(/^P2 · 8 apps \(2 not on this page\), 8 with full access · .* · → Limited · /);
    expect(chloe.chip).not.toContain('→ Remove');
    expect(chloe.chip).toContain('+3 findings on apps not on this page');
    const offPage = ['shop-api-production-pr42', 'shop-frontend-pr7'];
    // Hers, and shop-frontend's "too many full Collaborators", of whom she is one.
    expect(chloe.findings.length).toBe(3);
    expect(chloe.findings.map((f) => f.title)).toContain(
      'One of 6 full Collaborators on shop-frontend: review who needs full access, and change the others to Limited',
    );
    expect(chloe.findings.every((f) => !offPage.some((app) => f.title.includes(app)))).toBe(true);
  });

  it('adds nothing when the page lists all of a person’s apps', () => {
    const view = overlayOfPeople(demo.snapshot, demo.review, demo.now, LISTED);
    const max = acrossApps(view, 'max@pixel-agency.example');
    expect(max.chip).toMatch(/^P2 · 2 apps, 2 with full access · /);
    expect(max.chip).not.toContain('not on this page');
    expect(max.findings.length).toBe(3); // his two, and one of shop-frontend's 6 full Collaborators
  });

  it('agrees with the banner: no chip names a priority when the banner counts nothing', () => {
    // julien, listed on shop-api-staging only, has no open finding there.
    const view = overlayOfPeople(demo.snapshot, demo.review, demo.now, [
      { email: 'chloe@acme.example', apps: ['shop-api-staging'] },
    ]);
    expect(view.banner.text).toBe('No open finding on this page.');
    const chloe = acrossApps(view, 'chloe@acme.example');
    expect(chloe.chip).not.toMatch(/^P\d/);
    // Her 5, and shop-frontend's "too many full Collaborators", of whom she is one.
    expect(chloe.chip).toContain('+6 findings on apps not on this page');
    expect(chloe.findings).toEqual([]);
    expect(chloe.tone).toBe('ok');
  });
});
