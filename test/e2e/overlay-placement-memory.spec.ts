import type { Page } from '@playwright/test';
import { appUrl, connectedAndScanned } from './dashboard-helpers';
import { expect, test } from './fixtures';
import { placementProblems } from './placement-check';

// Issue #15, placement memory: the overlay remembers where each person's chip settled (place.ts),
// so that a row the page re-renders gets its chip without measuring the page. A decision is only
// good for the width it was made at: a row narrowed (a side panel opened) or widened again, or
// re-rendered at another width, gets its chip placed for the width it has, as a page drawn at
// that width from the start would, and never where an earlier width put it.

const URL = appUrl('osc-fr1', 'shop-api-production');

/** The page's own list laid out `px` wide (the grid's rows span it), the window staying as it is. */
const sizeRows = (page: Page, px: number) =>
  page.evaluate((w) => {
    const style = document.getElementById('rows-width') ?? document.head.appendChild(document.createElement('style'));
    style.id = 'rows-width';
    style.textContent = `.sc-main { max-width: none; width: ${w}px; }`;
  }, px);

/** Where each person's chip is: its slot and the cell (or row) holding it. */
const places = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('sar-badge')]
      .map((b) => {
        const row = b.closest('[role="row"]')!;
        const cell = [...row.children].findIndex((c) => c.contains(b));
        return `${b.dataset.person}: ${b.dataset.slot} in ${cell < 0 ? 'the row' : `cell ${cell}`}`;
      })
      .sort(),
  );

/** As a framework does: the people's rows replaced by fresh copies, without the overlay's chips. */
const rerender = (page: Page) =>
  page.evaluate(() => {
    const table = document.querySelector('[role="table"]')!;
    const rows = [...table.querySelectorAll('[role="row"]')].map((r) => {
      const copy = r.cloneNode(true) as Element;
      copy.querySelectorAll('sar-badge').forEach((b) => b.remove());
      return copy;
    });
    table.replaceChildren(...rows);
  });

test('a row narrowed then widened again gets its chips placed for each width, back where they were', async ({
  ext,
  demoToken,
}) => {
  await connectedAndScanned(ext, demoToken);
  // What a page laid out at each width from the start shows.
  const reference: Record<number, string[]> = {};
  for (const px of [1100, 760]) {
    const fresh = await ext.context.newPage();
    await fresh.setViewportSize({ width: 1920, height: 800 });
    await fresh.addInitScript(
      (w) =>
        document.addEventListener('DOMContentLoaded', () => {
          const style = document.head.appendChild(document.createElement('style'));
          style.textContent = `.sc-main { max-width: none; width: ${w}px; }`;
        }),
      px,
    );
    await fresh.goto(URL);
    await expect(fresh.locator('sar-badge .chip')).toHaveCount(4);
    await expect.poll(() => fresh.evaluate(placementProblems, { clip: true })).toEqual([]);
    reference[px] = await places(fresh);
    await fresh.close();
  }
  // The two widths place some chips differently, or this test would prove nothing.
  expect(reference[760]).not.toEqual(reference[1100]);

  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1920, height: 800 });
  await page.goto(URL);
  await expect(page.locator('sar-badge .chip')).toHaveCount(4);
  for (const px of [1100, 760, 1100]) {
    await sizeRows(page, px);
    await expect.poll(() => places(page), { message: `rows ${px} px wide` }).toEqual(reference[px]);
    await expect.poll(() => page.evaluate(placementProblems, { clip: true })).toEqual([]);
    // The page re-renders its rows at that width: the chips come back where they were, not where another width put them.
    await rerender(page);
    await expect.poll(() => places(page), { message: `re-rendered at ${px} px` }).toEqual(reference[px]);
    await expect.poll(() => page.evaluate(placementProblems, { clip: true })).toEqual([]);
  }
});

test('a list narrowed while its chips keep their size gets them checked again: no e-mail cut shorter', async ({
  ext,
  demoToken,
}) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1920, height: 800 });
  // The name, the e-mail (both cut with an ellipsis) and the chip side by side on one line: a chip
  // that does not wrap keeps its size as the list narrows, and the name and e-mail give up the room.
  await page.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      document.head.appendChild(document.createElement('style')).textContent =
        '.c-row:not(.c-head) > [role="cell"]:first-child { display: flex; gap: 6px; align-items: center; }';
    }),
  );
  await page.goto(URL);
  await sizeRows(page, 1300);
  await expect(page.locator('sar-badge[data-slot="beside"]')).toHaveCount(4);
  await expect.poll(() => page.evaluate(placementProblems, { clip: true })).toEqual([]);
  await sizeRows(page, 820);
  // A chip that fits keeps its size as the list narrows: only its list says the room beside it is gone.
  // (Before the fix, every chip stayed beside, and every name and e-mail was cut shorter.)
  await expect(page.locator('sar-badge[data-slot="line"]')).toHaveCount(4);
  // No name or e-mail is cut shorter than without them; widened again, the chips go back beside.
  await expect.poll(() => page.evaluate(placementProblems, { clip: true })).toEqual([]);
  await sizeRows(page, 1300);
  await expect(page.locator('sar-badge[data-slot="beside"]')).toHaveCount(4);
  await expect.poll(() => page.evaluate(placementProblems, { clip: true })).toEqual([]);
});
