import type { Page } from '@playwright/test';
import { appUrl, connectedAndScanned } from './dashboard-helpers';
import { expect, test } from './fixtures';
import { placementProblems } from './placement-check';

// Issue #15's review, item 3: the dashboard is a single-page app, so going from one app's
// collaborators page to another's keeps the document. Where each person's chip settled on the
// first page (a card layout: on a line of its own) says nothing of the next page's shape (a grid
// with room beside each e-mail): the next page's chips go where that page has room.

/** As the dashboard's router does: the new address pushed, then the page's content swapped. */
async function navigateInPlace(page: Page, url: string): Promise<void> {
  await page.evaluate(async (to) => {
    const next = new DOMParser().parseFromString(await (await fetch(to)).text(), 'text/html');
    history.pushState(null, '', to);
    document.head.querySelectorAll('style').forEach((s) => s.remove());
    document.head.append(...next.head.querySelectorAll('style'));
    document.body.replaceChildren(...next.body.childNodes);
  }, url);
}

test('another app’s page reached in place gets its chips where it has room, not where the last page’s went', async ({
  ext,
  demoToken,
}) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  // Loaded on its own, shop-api-production has room beside each of its 4 people's e-mail.
  await page.goto(appUrl('osc-fr1', 'shop-api-production'));
  await expect(page.locator('sar-badge[data-slot="beside"] .chip')).toHaveCount(4);
  // shop-frontend's cards put alice's, chloe's and bruno's chips on lines of their own.
  await page.goto(appUrl('osc-fr1', 'shop-frontend'));
  await expect(page.locator('sar-badge .chip')).toHaveCount(7);
  await expect(page.locator('sar-badge[data-slot="line"]').first()).toBeAttached();
  await navigateInPlace(page, appUrl('osc-fr1', 'shop-api-production'));
  await expect(page.locator('sar-badge .chip')).toHaveCount(4, { timeout: 15_000 });
  await expect(page.locator('sar-badge[data-slot="beside"] .chip')).toHaveCount(4);
  await expect.poll(() => page.evaluate(placementProblems, { clip: true })).toEqual([]);
});
