/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import { overlayOfApp } from '../../../lib/overlay-advice/app-view';
import { upsertBadge } from '../../../lib/overlay-page/badge';
import { evidencePanel } from '../../../lib/overlay-page/panel';
import { mergeReading } from '../../../lib/pages/merge';
import { labelledForPages } from '../../../lib/pages/page-overlay';
import { pageReview } from '../../../lib/pages/page-review';
import { parsePolicy } from '../../../lib/policy';
import { row } from './page-service';

// A chip seen alone says it was read from a page (issue #21's hostile review, item 6): in page-only
// mode its accessible description and its panel say "page-only" and why, not only the banner.

const NOW = new Date('2026-11-30T12:00:00Z');
const URL = 'https://dashboard.scalingo.com/apps/osc-fr1/shop/settings/collaborators';
const rows = [row('shop', 'alice@acme.example', { role: 'owner', tfa: true }), row('shop', 'max@agency.example')];
const { next } = mergeReading(null, { url: URL, region: 'osc-fr1', rows, at: NOW });
const { snapshot, review } = pageReview(next, parsePolicy({}), [], NOW);

afterEach(() => {
  setLanguage('en');
  document.body.innerHTML = '';
});

function chipOf(email: string) {
  const view = labelledForPages(overlayOfApp(snapshot, review, 'osc-fr1', 'shop', NOW))!;
  const person = view.people.find((p) => p.email === email)!;
  const host = upsertBadge(document.createElement('div'), person, view.labels, () => {});
  document.body.append(host);
  const chip = host.shadowRoot!.querySelector('button.chip') as HTMLButtonElement;
  // The panel its click opens (a synthetic click is not trusted: badge.ts opens only on a real one).
  const panel = evidencePanel(
    document,
    person,
    view.labels,
    () => {},
    () => {},
  );
  return { chip, panel: panel.textContent };
}

describe('a chip in page-only mode', () => {
  it.each([
    ['en', 'Page-only (no token)', 'Read from a dashboard page you visited'],
    ['fr', 'Pages seules (sans jeton)', 'Lu sur une page du tableau de bord que vous avez ouverte'],
  ] as const)('says where it comes from, in its label and its panel (%s)', (lang, mode, why) => {
    setLanguage(lang);
    const finding = chipOf('max@agency.example');
    expect(finding.chip.title).toContain(mode);
    expect(finding.chip.title).toContain(why);
    expect(finding.panel).toContain(why);
    const calm = chipOf('alice@acme.example');
    expect(calm.chip.title).toContain(why);
    expect(calm.panel).toContain(why);
  });

  it.each([
    ['en', 'Page-only: from the pages you visited, no token'],
    ['fr', 'Pages seules\u00a0: d’après les pages visitées, sans jeton'],
  ] as const)('names its source to a screen reader, after what it shows (%s)', (lang, source) => {
    setLanguage(lang);
    for (const email of ['max@agency.example', 'alice@acme.example']) {
      const { chip } = chipOf(email);
      // The accessible name starts with the visible text (WCAG's label in name), then the source.
      expect(chip.getAttribute('aria-label')).toBe(`${chip.textContent} · ${source}`);
    }
  });

  it('keeps its visible text as its name when the review comes from the API', () => {
    const view = overlayOfApp(snapshot, review, 'osc-fr1', 'shop', NOW)!;
    const person = view.people.find((p) => p.email === 'max@agency.example')!;
    const host = upsertBadge(document.createElement('div'), person, view.labels, () => {});
    expect(host.shadowRoot!.querySelector('button.chip')!.hasAttribute('aria-label')).toBe(false);
  });
});
