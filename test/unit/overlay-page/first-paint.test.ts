/** @vitest-environment happy-dom */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BADGE_TAG } from '../../../lib/overlay-page/badge';
import { BANNER_TAG } from '../../../lib/overlay-page/banner';
import { runOverlay, type Background } from '../../../lib/overlay-page/overlay';
import { dashboardPage } from '../../../lib/overlay-page/page';
import { setLanguage } from '../../../lib/i18n';
import type { OverlayView, PageListing } from '../../../lib/overlay-advice/types';
import { overlayOfPeople } from '../../../lib/overlay-advice/people-view';
import { scanDemo, type Demo } from '../overlay-advice/demo';
import { loadFixture } from './fixture';

// Issue #15's review, item 5: on the account-wide page the first answer counts the whole account
// (the page's listing is not read yet); the banner must not show that count as "on this page".
// It shows nothing until the page's own count is in, then that count.

let demo: Demo;
beforeAll(async () => {
  setLanguage('en');
  demo = await scanDemo();
});
const bannerText = () => document.querySelector(BANNER_TAG)?.shadowRoot?.querySelector('.bar span')?.textContent;

describe('the first paint of the account-wide page', () => {
  it('shows no count until the page’s own is known, then the page’s', async () => {
    loadFixture('collaborators-by-person.html');
    let answer: (view: OverlayView) => void = () => undefined;
    const later = new Promise<OverlayView>((resolve) => (answer = resolve));
    let listed: PageListing[] | undefined;
    const bg: Background = {
      appView: vi.fn(async () => null),
      refreshApp: vi.fn(async () => null),
      peopleView: vi.fn(async (shown?: PageListing[]) => {
        if (!shown) return overlayOfPeople(demo.snapshot, demo.review, demo.now);
        listed = shown;
        return later;
      }),
      inviteAdvice: vi.fn(async () => null),
      openReview: vi.fn(),
    };
    const controller = new AbortController();
    await runOverlay(
      document,
      dashboardPage('https://dashboard.scalingo.com/collaborators?group=person'),
      bg,
      controller.signal,
    );
    // The chips are drawn; the account's count (41 open findings, more than this page's) is not.
    expect(document.querySelectorAll(BADGE_TAG).length).toBeGreaterThan(0);
    expect(bannerText() ?? '').not.toMatch(/\d+ open findings? on this page/);
    answer(overlayOfPeople(demo.snapshot, demo.review, demo.now, listed));
    await vi.waitFor(() => expect(bannerText()).toMatch(/^Access Review: 9 open findings on this page: /));
    controller.abort();
  });
});
