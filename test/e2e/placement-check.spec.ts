import { appUrl, chipOf, connectedAndScanned } from './dashboard-helpers';
import { expect, test } from './fixtures';
import { placementProblems } from './placement-check';

// The placement check itself (placement-check.ts), on chips put wrong on purpose: a check that
// cannot see a misplaced chip proves nothing in overlay-placement.spec.ts or the benchmark.

test('the check sees a chip lying under one of the page’s controls', async ({ ext, demoToken }) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.goto(appUrl('osc-fr1', 'shop-api-staging'));
  await expect(chipOf(page, 'bruno@acme.example')).toBeVisible();
  expect(await page.evaluate(placementProblems, { clip: true })).toEqual([]);
  // A button of the page, larger than the chip and above it: its own centre is its own.
  await page.evaluate(() => {
    const chip = document.querySelector('sar-badge')!.shadowRoot!.querySelector('.chip')!.getBoundingClientRect();
    const cover = Object.assign(document.createElement('button'), { textContent: 'Cover' });
    const at = `left:${chip.left - 20}px;top:${chip.top - 10 + scrollY}px;width:${chip.width + 40}px;height:${chip.height + 20}px`;
    cover.setAttribute('style', `position:absolute;z-index:5;${at}`);
    document.body.append(cover);
  });
  expect(await page.evaluate(placementProblems, { clip: true })).toEqual([
    expect.stringMatching(/: the chip lies under button$/),
  ]);
});

test('the check sees an e-mail cut shorter in the very element that holds the chip', async ({ ext, demoToken }) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(appUrl('osc-fr1', 'data-pipeline'));
  // The table's cells hold the e-mail as text, the chip beside it.
  const cell = page.locator('td').filter({ hasText: 'chloe@acme.example' });
  await expect(cell.locator('sar-badge[data-slot="beside"] .chip')).toBeVisible();
  await expect.poll(() => page.evaluate(placementProblems, { clip: true })).toEqual([]);
  // The page now cuts that cell with an ellipsis, and the chip (kept at its width, so the overlay
  // sees no change to correct) leaves the e-mail beside it less room.
  await cell.evaluate((td) => {
    td.querySelector('sar-badge')!.setAttribute('style', 'max-width: none');
    td.setAttribute('style', 'display: block; width: 180px; overflow: hidden; text-overflow: ellipsis');
  });
  expect(await page.evaluate(placementProblems, { clip: false })).toContainEqual(
    expect.stringMatching(/^"chloe@acme.example" is cut \d+ px shorter with chips$/),
  );
});

test('the check leaves the page and its inner scrollers scrolled as it found them', async ({ ext, demoToken }) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 375, height: 300 });
  await page.goto(appUrl('osc-fr1', 'data-pipeline'));
  await expect(chipOf(page, 'chloe@acme.example')).toBeVisible();
  const scrolls = () => page.evaluate(() => [document.querySelector('.table-scroll')!.scrollLeft, Math.round(scrollY)]);
  await page.evaluate(() => {
    document.querySelector('.table-scroll')!.scrollLeft = 40;
    document.body.style.minHeight = '2000px'; // room to scroll the window too
    scrollTo(0, 30);
  });
  expect(await scrolls()).toEqual([40, 30]);
  await page.evaluate(placementProblems, { clip: false });
  expect(await scrolls()).toEqual([40, 30]);
});
