/** @vitest-environment happy-dom */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { annotateAccount, annotateApp } from '../../../lib/overlay-page/annotate';
import { BADGE_TAG } from '../../../lib/overlay-page/badge';
import { BANNER_TAG } from '../../../lib/overlay-page/banner';
import { findRows } from '../../../lib/overlay-page/selectors';
import { setLanguage } from '../../../lib/i18n';
import { overlayOfApp } from '../../../lib/overlay-advice/app-view';
import { overlayOfPeople } from '../../../lib/overlay-advice/people-view';
import type { OverlayView } from '../../../lib/overlay-advice/types';
import { scanDemo, type Demo } from '../overlay-advice/demo';
import { loadFixture, personClicks } from './fixture';

// The overlay drawn on the fixture pages from the demo account's real review.

let demo: Demo;
beforeAll(async () => {
  setLanguage('en');
  demo = await scanDemo();
});
const viewOf = (app: string) => overlayOfApp(demo.snapshot, demo.review, 'osc-fr1', app, demo.now)!;
const chipOf = (email: string) =>
  findRows(document.body, [email]).get(email)?.querySelector(BADGE_TAG)?.shadowRoot?.querySelector('.chip');
const noop = () => undefined;

describe.each(['shop-api-staging', 'marketing-site', 'billing-api-prod'])('the overlay of %s', (app) => {
  it('puts the person’s chip beside each person, and one banner before the list', () => {
    loadFixture(`app-collaborators-${app}.html`);
    const view = viewOf(app);
    const seen = annotateApp(document.body, view, noop);
    expect(seen).toEqual({ rows: view.people.length, disagreements: [] });
    for (const p of view.people) expect(chipOf(p.email)?.textContent).toBe(p.chip);
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(view.people.length);
    const banner = document.querySelectorAll(BANNER_TAG);
    expect(banner).toHaveLength(1);
    expect(banner[0]!.shadowRoot!.textContent).toContain(view.banner.text);
  });

  it('never adds a second badge or banner, however often it runs or the rows re-render', () => {
    loadFixture(`app-collaborators-${app}.html`);
    const view = viewOf(app);
    annotateApp(document.body, view, noop);
    annotateApp(document.body, view, noop);
    const list = document.querySelector(BANNER_TAG)!.nextElementSibling!;
    list.replaceWith(list.cloneNode(true)); // the framework re-renders the list, badges copied along
    annotateApp(document.body, view, noop);
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(view.people.length);
    expect(document.querySelectorAll(BANNER_TAG)).toHaveLength(1);
  });
});

describe('a badge', () => {
  it('opens the evidence on click, and each finding opens the review on it', () => {
    loadFixture('app-collaborators-shop-api-staging.html');
    const open = vi.fn();
    const view = viewOf('shop-api-staging');
    annotateApp(document.body, view, open);
    const chip = chipOf('bruno@acme.example') as HTMLButtonElement;
    const panel = chip.getRootNode() as ShadowRoot;
    expect(panel.querySelector('.panel:not([hidden])')).toBeNull();
    personClicks(chip);
    expect(chip.getAttribute('aria-expanded')).toBe('true');
    expect(panel.querySelector('.panel li')?.textContent).toBeTruthy();
    personClicks(panel.querySelector<HTMLButtonElement>('.open')!);
    const first = view.people.find((p) => p.email === 'bruno@acme.example')!.findings[0]!;
    expect(first.id).toMatch(/^unused-full-access:/);
    expect(open).toHaveBeenCalledWith(first.id);
  });

  it('builds the evidence only when the person opens it, one panel across toggles', () => {
    loadFixture('app-collaborators-shop-api-staging.html');
    annotateApp(document.body, viewOf('shop-api-staging'), noop);
    const shadows = [...document.querySelectorAll(BADGE_TAG)].map((b) => b.shadowRoot!);
    // 300 people on a page: 300 panels nobody opens would cost the page its first paint.
    expect(shadows.filter((s) => s.querySelector('.panel'))).toHaveLength(0);
    const chip = chipOf('bruno@acme.example') as HTMLButtonElement;
    const shadow = chip.getRootNode() as ShadowRoot;
    personClicks(chip);
    expect(shadow.querySelector<HTMLElement>('.panel')!.hidden).toBe(false);
    personClicks(chip);
    personClicks(chip);
    expect(shadow.querySelectorAll('.panel')).toHaveLength(1);
    expect(shadow.querySelector<HTMLElement>('.panel')!.hidden).toBe(false);
    expect(shadows.filter((s) => s.querySelector('.panel'))).toHaveLength(1);
  });

  it('ignores clicks the page’s own scripts make: no panel, no review opened', () => {
    loadFixture('app-collaborators-shop-api-staging.html');
    const open = vi.fn();
    annotateApp(document.body, viewOf('shop-api-staging'), open);
    const chip = chipOf('bruno@acme.example') as HTMLButtonElement;
    const shadow = chip.getRootNode() as ShadowRoot;
    chip.click();
    expect(shadow.querySelector('.panel:not([hidden])')).toBeNull();
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    shadow.querySelectorAll<HTMLButtonElement>('.open').forEach((b) => b.click());
    document.querySelector(BANNER_TAG)!.shadowRoot!.querySelector('button')!.click();
    expect(open).not.toHaveBeenCalled();
  });

  it('shows names holding markup as text', () => {
    loadFixture('app-collaborators-shop-api-staging.html');
    const view: OverlayView = structuredClone(viewOf('shop-api-staging'));
    view.people[1]!.chip = '<img src=x onerror="window.pwned=1">';
    view.people[1]!.findings = [
      { id: 'x', priority: 'P1', title: '<script>window.pwned=1</script>', evidence: ['<b>bold</b>'], accepted: null },
    ];
    annotateApp(document.body, view, noop);
    const shadow = chipOf(view.people[1]!.email)!.getRootNode() as ShadowRoot;
    personClicks(shadow.querySelector('.chip')!);
    expect(shadow.querySelector('img, script, b')).toBeNull();
    expect(shadow.querySelector('.chip')!.textContent).toBe('<img src=x onerror="window.pwned=1">');
    expect(shadow.querySelector('h3')!.textContent).toBe('P1 · <script>window.pwned=1</script>');
  });
});

describe('a page the overlay cannot read', () => {
  it('gets a single "open the review" chip in the corner and no badge', () => {
    loadFixture('app-collaborators-docs-portal.html');
    const open = vi.fn();
    expect(annotateApp(document.body, viewOf('docs-portal'), open).rows).toBe(0);
    const chips = document.querySelectorAll<HTMLElement>(BANNER_TAG);
    expect(chips).toHaveLength(1);
    expect(chips[0]!.dataset.mode).toBe('degraded');
    expect(chips[0]!.shadowRoot!.textContent).toMatch(/open findings? on this page.*Open the review/);
    chips[0]!.shadowRoot!.querySelector('button')!.click(); // the page's own script: ignored
    expect(open).not.toHaveBeenCalled();
    personClicks(chips[0]!.shadowRoot!.querySelector('button')!);
    expect(open).toHaveBeenCalledWith(null);
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(0);
  });
});

describe('the account-wide page', () => {
  it('grouped by app: each row gets the person’s line for that app', () => {
    loadFixture('collaborators.html');
    const view = overlayOfPeople(demo.snapshot, demo.review, demo.now);
    annotateAccount(document.body, view, noop);
    const chips = [...document.querySelectorAll('li')].map((li) => [
      li.querySelector('.email')!.textContent,
      li.querySelector(BADGE_TAG)?.shadowRoot?.querySelector('.chip')?.textContent,
    ]);
    const expected = (email: string, app: string) => view.people.find((p) => p.email === email && p.app === app)!.chip;
    expect(chips).toContainEqual(['chloe@acme.example', expected('chloe@acme.example', 'shop-api-production')]);
    expect(chips).toContainEqual(['chloe@acme.example', expected('chloe@acme.example', 'billing-api-prod')]);
    expect(chips.every(([, chip]) => chip)).toBe(true);
    // One banner, above the first group rather than inside it.
    expect(document.querySelectorAll(BANNER_TAG)).toHaveLength(1);
    expect(document.querySelector(BANNER_TAG)!.nextElementSibling).toBe(document.querySelector('section.group'));
  });

  it('grouped by person: each person gets their line across apps', () => {
    loadFixture('collaborators-by-person.html');
    const view = overlayOfPeople(demo.snapshot, demo.review, demo.now);
    annotateAccount(document.body, view, noop);
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(3);
    expect(document.querySelector('summary')!.querySelector(BADGE_TAG)!.shadowRoot!.textContent).toMatch(
      /\d+ apps?, \d+ with full access/,
    );
  });
});
