/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import { dashboardPage } from '../../../lib/overlay-page/page';
import { readPage } from '../../../lib/overlay-page/read-page';
import { overlayOfApp } from '../../../lib/overlay-advice/app-view';
import { overlayOfPeople } from '../../../lib/overlay-advice/people-view';
import { mergeReading } from '../../../lib/pages/merge';
import { labelledForPages } from '../../../lib/pages/page-overlay';
import { pageReview } from '../../../lib/pages/page-review';
import { parsePolicy } from '../../../lib/policy';
import { loadFixture } from '../overlay-page/fixture';
import { D } from './page-fixtures';

// Page-only mode: a page without a 2FA column says nothing of 2FA, and the chips say so
// ("2FA unknown"), never nothing (as if all were well) and never "no 2FA" (as if it were off).

const NOW = new Date('2026-11-30T12:00:00Z');

function fromPage(file: string, url: string) {
  loadFixture(file);
  const page = dashboardPage(url);
  const rows = readPage(document.body, page);
  const { next } = mergeReading(null, { url, region: page.kind === 'app' ? page.region : null, rows, at: NOW });
  return pageReview(next, parsePolicy({}), [], NOW);
}

afterEach(() => setLanguage('en'));

describe('chips of a page without 2FA', () => {
  const url = `${D}/apps/osc-fr1/marketing-site/settings/collaborators`;

  it.each([
    ['en', 'Limited · 2FA unknown'],
    ['fr', 'Limité · 2FA inconnue'],
  ] as const)('say 2FA is unknown (%s)', (lang, chip) => {
    const { snapshot, review } = fromPage('app-collaborators-marketing-site.html', url);
    setLanguage(lang);
    const view = labelledForPages(overlayOfApp(snapshot, review, 'osc-fr1', 'marketing-site', NOW))!;
    expect(view.people.find((p) => p.email === 'gaelle@acme.example')?.chip).toBe(chip);
    // The owner and external collaborators too; a deleted account shows that instead.
    expect(view.people.find((p) => p.email === 'alice@acme.example')?.chip).toMatch(/2FA (unknown|inconnue)$/);
    expect(view.people.find((p) => p.email === 'paul@acme.example')?.chip).not.toMatch(/2FA/);
    expect(view.people.every((p) => !/no 2FA|sans 2FA/.test(p.chip))).toBe(true);
  });

  it('say 2FA is unknown on the account-wide page, per app and across apps', () => {
    const { snapshot, review } = fromPage('collaborators.html', `${D}/collaborators`);
    const lines = labelledForPages(overlayOfPeople(snapshot, review, NOW))!.people.filter(
      (p) => p.email === 'gaelle@acme.example',
    );
    expect(lines.map((p) => p.chip)).toEqual(['1 app, 0 with full access · 2FA unknown', 'Limited · 2FA unknown']);
  });
});
