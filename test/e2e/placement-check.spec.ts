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

test('the check sees an e-mail cut shorter by the chip put inside its own element', async ({ ext, demoToken }) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(appUrl('osc-fr1', 'shop-api-production'));
  await expect(chipOf(page, 'chloe@acme.example')).toBeVisible();
  await expect.poll(() => page.evaluate(placementProblems, { clip: false })).toEqual([]);
  // The e-mail's element (cut with an ellipsis when too long) now holds the chip beside its text.
  await page.evaluate(() => {
    const mail = [...document.querySelectorAll('.c-mail')].find((m) => m.textContent === 'chloe@acme.example')!;
    const host = mail.closest('[role="row"]')!.querySelector<HTMLElement>('sar-badge')!;
    host.dataset.slot = 'test';
    mail.append(host);
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
