import { appUrl, connectedAndScanned } from './dashboard-helpers';
import { expect, test } from './fixtures';

// Issue #15's second review, item 5: a flex row that kept one line is set to wrap while it holds a
// chip's line (line.ts); once the overlay ends on that page (the dashboard navigates in place to a
// page without people), the row wraps as the page set it, not as the overlay did.

test('flex rows set to wrap for a chip’s line get their own setting back when the overlay ends', async ({
  ext,
  demoToken,
}) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(appUrl('osc-fr1', 'marketing-site'));
  await expect(page.locator('li sar-badge[data-slot="line"]').first()).toBeAttached({ timeout: 20_000 });
  const wraps = () =>
    page.evaluate(() => [...document.querySelectorAll('li')].map((li) => getComputedStyle(li).flexWrap));
  expect(await wraps()).toContain('wrap');
  await page.evaluate(() => history.pushState(null, '', '/apps'));
  await expect(page.locator('sar-badge')).toHaveCount(0, { timeout: 15_000 });
  await expect.poll(wraps).not.toContain('wrap');
});
