import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage, type Language } from '../../../lib/i18n';
import { overlayOfPeople } from '../../../lib/overlay-advice/people-view';
import type { PageListing } from '../../../lib/overlay-advice/types';
import { scanDemo, type Demo } from './demo';

// Issue #15's review, item 5: the account-wide page's chips and banner said "app(s)" and
// "person(s)" (French: "les 1 premières personnes"). They now take the language's plural forms
// (lib/i18n/plural.ts), singular and plural, in English and French.

let demo: Demo;
beforeAll(async () => {
  demo = await scanDemo();
});
afterEach(() => setLanguage('en'));

const CHLOE_SIX = {
  email: 'chloe@acme.example',
  apps: [
    'shop-api-production',
    'shop-frontend',
    'shop-api-staging',
    'billing-api-prod',
    'data-pipeline',
    'payments-secnum',
  ],
};
const GAELLE = { email: 'gaelle@acme.example', apps: ['marketing-site'] };
// max on one of his two apps: his finding on marketing-site is off the page.
const MAX_ONE = { email: 'max@pixel-agency.example', apps: ['shop-frontend'] };

function chipOf(lang: Language, shown: PageListing[], email: string): string {
  setLanguage(lang);
  return overlayOfPeople(demo.snapshot, demo.review, demo.now, shown).people.find(
    (p) => p.email === email && p.app === null,
  )!.chip;
}
function bannerOf(lang: Language, shown: PageListing[]): string {
  setLanguage(lang);
  return overlayOfPeople(demo.snapshot, demo.review, demo.now, shown, true).banner.text;
}

describe.each([
  {
    lang: 'en' as const,
    oneApp: '1 app, 0 with full access',
    apps: '8 apps (2 not on this page), 8 with full access',
    oneMore: '+1 finding on apps not on this page',
    more: '+3 findings on apps not on this page',
    onePerson: 'counted for the first person this page lists',
    people: 'counted for the first 2 people this page lists',
  },
  {
    lang: 'fr' as const,
    oneApp: '1 app, dont 0 en accès complet',
    apps: '8 apps (2 hors de cette page), dont 8 en accès complet',
    oneMore: '+1 constat sur des apps hors de cette page',
    more: '+3 constats sur des apps hors de cette page',
    onePerson: 'compté pour 1 personne, la première de cette page',
    people: 'compté pour les 2 premières personnes de cette page',
  },
])('in $lang', ({ lang, oneApp, apps, oneMore, more, onePerson, people }) => {
  it('counts apps in the singular and the plural', () => {
    expect(chipOf(lang, [GAELLE], GAELLE.email)).toContain(oneApp);
    expect(chipOf(lang, [CHLOE_SIX], CHLOE_SIX.email)).toContain(apps);
  });

  it('counts findings on apps not on the page in the singular and the plural', () => {
    expect(chipOf(lang, [MAX_ONE], MAX_ONE.email)).toContain(oneMore);
    expect(chipOf(lang, [CHLOE_SIX], CHLOE_SIX.email)).toContain(more);
  });

  it('says whom a capped banner counted, one person or more', () => {
    expect(bannerOf(lang, [GAELLE])).toContain(onePerson);
    expect(bannerOf(lang, [GAELLE, CHLOE_SIX])).toContain(people);
  });

  it('has no "(s)" left on the account-wide page', () => {
    const chips = [GAELLE, CHLOE_SIX, MAX_ONE].map((s) => chipOf(lang, [s], s.email));
    expect(chips.join(' ')).not.toContain('(s)');
  });
});
