/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BADGE_TAG } from '../../../lib/overlay-page/badge';
import { BANNER_TAG } from '../../../lib/overlay-page/banner';
import { HINT_TAG } from '../../../lib/overlay-page/invite-hint';
import { runOverlay, type Background } from '../../../lib/overlay-page/overlay';
import { dashboardPage } from '../../../lib/overlay-page/page';
import { setLanguage } from '../../../lib/i18n';
import { overlayOfApp } from '../../../lib/overlay-advice/app-view';
import { inviteAdvice } from '../../../lib/overlay-advice/invite-advice';
import { parsePolicy } from '../../../lib/policy';
import { scanDemo, type Demo } from '../overlay-advice/demo';
import { loadFixture } from './fixture';

// The overlay's life on a page: drawing rows that come late, following re-renders, asking for
// a refresh when the page disagrees with the scan, advising on invitations, stopping on abort.

let demo: Demo;
beforeAll(async () => {
  setLanguage('en');
  demo = await scanDemo();
});
const page = (app: string) =>
  dashboardPage(`https://dashboard.scalingo.com/apps/osc-fr1/${app}/settings/collaborators`);

function background(over: Partial<Background> = {}): Background {
  return {
    appView: vi.fn(async (region, app) => overlayOfApp(demo.snapshot, demo.review, region, app, demo.now)),
    refreshApp: vi.fn(async () => null),
    peopleView: vi.fn(async () => null),
    inviteAdvice: vi.fn(async (region, app, email) =>
      inviteAdvice(demo.snapshot, parsePolicy({}), region, app, email, demo.now),
    ),
    openReview: vi.fn(),
    ...over,
  };
}
const badges = () => document.querySelectorAll(BADGE_TAG).length;

describe('runOverlay', () => {
  it('draws rows the dashboard renders after the first paint', async () => {
    const html = readFileSync(
      join(import.meta.dirname, '../../fixtures/dashboard/app-collaborators-billing-api-prod.html'),
      'utf8',
    );
    document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
    const controller = new AbortController();
    await runOverlay(document, page('billing-api-prod'), background(), controller.signal);
    expect(badges()).toBe(0);
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the fixture's own script: the "API call" answers
    new Function(document.querySelector('body script')!.textContent)();
    await vi.waitFor(() => expect(badges()).toBe(4), { timeout: 2000 });
    controller.abort();
  });

  it('asks once for a refresh when the page shows another role than the scan, and draws the answer', async () => {
    loadFixture('app-collaborators-shop-api-staging.html');
    const fresh = structuredClone(overlayOfApp(demo.snapshot, demo.review, 'osc-fr1', 'shop-api-staging', demo.now)!);
    const chloe = fresh.people.find((p) => p.email === 'chloe@acme.example')!;
    Object.assign(chloe, { role: 'limited', chip: 'Limited · 2FA' });
    const bg = background({ refreshApp: vi.fn(async () => fresh) });
    const controller = new AbortController();
    // The lead just made chloe Limited in the dashboard: the page is newer than the scan.
    const cell = [...document.querySelectorAll('tr')].find((r) => r.textContent?.includes('chloe@'))!.children[2]!;
    cell.textContent = 'Limited collaborator';
    await runOverlay(document, page('shop-api-staging'), bg, controller.signal);
    await vi.waitFor(() =>
      expect(document.querySelector(`${BADGE_TAG}[data-person="limited:chloe@acme.example"]`)).not.toBeNull(),
    );
    document.querySelector('tbody')!.append(document.createElement('tr')); // more re-renders
    await new Promise((r) => setTimeout(r, 50));
    expect(bg.refreshApp).toHaveBeenCalledOnce();
    controller.abort();
  });

  it('asks for a refresh, once the page is idle, when the dashboard edits a row’s role in place after the first draw', async () => {
    loadFixture('app-collaborators-shop-api-staging.html');
    const bg = background();
    const controller = new AbortController();
    await runOverlay(document, page('shop-api-staging'), bg, controller.signal);
    await new Promise((r) => setTimeout(r, 50));
    expect(bg.refreshApp).not.toHaveBeenCalled();
    const cell = [...document.querySelectorAll('tr')].find((r) => r.textContent?.includes('chloe@'))!.children[2]!;
    cell.textContent = 'Limited collaborator'; // the same row, its role changed
    await vi.waitFor(() => expect(bg.refreshApp).toHaveBeenCalledOnce());
    controller.abort();
  });

  it('advises on the invitation form when it opens, and again as an address is typed', async () => {
    loadFixture('app-collaborators-shop-api-staging.html');
    const bg = background();
    const controller = new AbortController();
    await runOverlay(document, page('shop-api-staging'), bg, controller.signal);
    document.querySelector<HTMLButtonElement>('.btn-primary')!.click();
    const hint = () => document.querySelector(HINT_TAG)?.shadowRoot?.textContent ?? '';
    await vi.waitFor(() => expect(hint()).toContain('Suggested role: Limited collaborator'));
    const input = document.querySelector<HTMLInputElement>('input[type=email]')!;
    input.value = 'max@pixel-agency.example';
    input.dispatchEvent(new Event('input'));
    await vi.waitFor(() => expect(hint()).toContain('pixel-agency.example is not one of your team’s domains.'));
    expect(document.querySelectorAll(HINT_TAG)).toHaveLength(1);
    controller.abort();
  });

  it('draws a chip again when the page’s re-render removed it', async () => {
    loadFixture('app-collaborators-shop-api-staging.html');
    const controller = new AbortController();
    await runOverlay(document, page('shop-api-staging'), background(), controller.signal);
    expect(badges()).toBe(6);
    document.querySelector(BADGE_TAG)!.remove();
    await vi.waitFor(() => expect(badges()).toBe(6));
    controller.abort();
  });

  it('stops following the page once aborted', async () => {
    loadFixture('app-collaborators-shop-api-staging.html');
    const controller = new AbortController();
    await runOverlay(document, page('shop-api-staging'), background(), controller.signal);
    expect(badges()).toBe(6);
    controller.abort();
    document.querySelectorAll(`${BADGE_TAG}, ${BANNER_TAG}`).forEach((b) => b.remove());
    document.querySelector('tbody')!.append(document.createElement('tr'));
    await new Promise((r) => setTimeout(r, 50));
    expect(badges()).toBe(0);
  });

  it('draws nothing when the background has nothing (not connected), and does not throw', async () => {
    loadFixture('app-collaborators-shop-api-staging.html');
    const controller = new AbortController();
    await runOverlay(document, page('shop-api-staging'), background({ appView: async () => null }), controller.signal);
    const broken = background({ appView: async () => ({ people: null }) as never });
    await expect(runOverlay(document, page('shop-api-staging'), broken, controller.signal)).resolves.toBeUndefined();
    expect(badges() + document.querySelectorAll(BANNER_TAG).length).toBe(0);
    controller.abort();
  });
});
