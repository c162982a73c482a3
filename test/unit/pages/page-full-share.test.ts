/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import { dashboardPage } from '../../../lib/overlay-page/page';
import { readPage } from '../../../lib/overlay-page/read-page';
import { overlayOfApp } from '../../../lib/overlay-advice/app-view';
import { overlayOfPeople } from '../../../lib/overlay-advice/people-view';
import { mergeReading } from '../../../lib/pages/merge';
import { pageReview } from '../../../lib/pages/page-review';
import { parsePolicy } from '../../../lib/policy';
import { loadFixture } from '../overlay-page/fixture';
import { D } from './page-fixtures';

// "Too many full collaborators" is about an app, not one person, yet each of its full
// Collaborators is one of the many: their chip and panel say so beside them (issue #21: "beside
// each person … too many full collaborators everywhere"), on the app's page and on the
// account-wide one, while the banner counts the finding once.

const NOW = new Date('2026-11-30T12:00:00Z');

function fromPage(file: string, url: string) {
  loadFixture(file);
  const page = dashboardPage(url);
  const rows = readPage(document.body, page);
  const { next } = mergeReading(null, { url, region: page.kind === 'app' ? page.region : null, rows, at: NOW });
  return pageReview(next, parsePolicy({}), [], NOW);
}

afterEach(() => setLanguage('en'));

describe('a full Collaborator of an app with too many', () => {
  it('is told beside them on the app’s page; the banner counts the finding once', () => {
    const { snapshot, review } = fromPage(
      'app-collaborators-shop-frontend.html',
      `${D}/apps/osc-fr1/shop-frontend/settings/collaborators`,
    );
    const view = overlayOfApp(snapshot, review, 'osc-fr1', 'shop-frontend', NOW)!;
    const emma = view.people.find((p) => p.email === 'emma@acme.example')!;
    expect(emma.chip).toBe('P3 · Collaborator · 2FA unknown · → Review');
    expect(emma.findings.map((f) => f.title)).toEqual([
      'One of 6 full Collaborators on shop-frontend: review who needs full access, and change the others to Limited',
    ]);
    // Not beside the owner, nor a Limited one.
    const owner = view.people.find((p) => p.role === 'owner')!;
    expect(owner.findings.some((f) => f.title.startsWith('One of'))).toBe(false);
    const open = review.findings.filter((f) => f.state === 'open').length;
    expect(view.banner.text).toContain(`${open} open`);
  });

  it('is told beside them on the account-wide page, across apps and on that app’s line (fr)', () => {
    loadFixture('app-collaborators-shop-frontend.html');
    const appUrl = `${D}/apps/osc-fr1/shop-frontend/settings/collaborators`;
    const first = readPage(document.body, dashboardPage(appUrl));
    let pages = mergeReading(null, { url: appUrl, region: 'osc-fr1', rows: first, at: NOW }).next;
    loadFixture('collaborators.html');
    const wide = readPage(document.body, dashboardPage(`${D}/collaborators`));
    pages = mergeReading(pages, { url: `${D}/collaborators`, region: null, rows: wide, at: NOW }).next;
    const { snapshot, review } = pageReview(pages, parsePolicy({}), [], NOW);
    setLanguage('fr');
    const max = overlayOfPeople(snapshot, review, NOW).people.filter((p) => p.email === 'max@pixel-agency.example');
    const told = (app: string | null) =>
      max.find((p) => p.app === app)!.findings.some((f) => f.title.startsWith('L’un des 6 collaborateurs complets'));
    expect(told(null)).toBe(true);
    expect(told('shop-frontend')).toBe(true);
    expect(max.find((p) => p.app === null)!.findings.map((f) => f.title)).toContain(
      'L’un des 6 collaborateurs complets de shop-frontend\u00A0: revoyez qui a besoin d’un accès complet, passez les autres en Limité',
    );
  });
});
