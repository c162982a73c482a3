import type { Page } from '@playwright/test';
import { appUrl, connectedAndScanned } from './dashboard-helpers';
import { expect, test } from './fixtures';
import { placementProblems } from './placement-check';

// A chip on a line of its own spans its person's whole row, under the person, instead of being
// squeezed into one (maybe narrow) cell of it: at a phone's width, on the grid whose last column
// is a 40 px actions column and on a plain table, the chip's line is as wide as the row, the
// cell showing the person keeps the width it has without the overlay, the page gains no sideways
// scroll and every control of the page still takes its clicks (placement-check.ts).

interface LineChip {
  who: string;
  /** The chip's line against its person's row: how much of the row's width on screen it takes (0 to 1). */
  share: number;
  /** The width of the cell showing the e-mail with the overlay, then with the overlay hidden. */
  cell: [number, number];
}

/** Each chip on a line of its own, read in the page; the row is the one showing the person's e-mail. */
function lineChips(): LineChip[] {
  const ROWS = 'tr, [role="row"]';
  const hosts = [...document.querySelectorAll<HTMLElement>('sar-badge[data-slot="line"]')];
  const email = (h: HTMLElement) => (h.dataset.person ?? '').split(':').slice(1).join(':');
  const rowOf = (h: HTMLElement) =>
    [...document.querySelectorAll(ROWS)].find((r) => (r.textContent ?? '').toLowerCase().includes(email(h)))!;
  const cellOf = (row: Element, h: HTMLElement) =>
    [...row.children].find((c) => (c.textContent ?? '').toLowerCase().includes(email(h)))!;
  const found = hosts.map((h) => ({ h, row: rowOf(h), cell: cellOf(rowOf(h), h) }));
  // A row wider than the window (a table whose columns do not fit a phone): the part of it on screen.
  const shown = (r: DOMRect) => Math.min(r.right, document.documentElement.clientWidth) - Math.max(r.left, 0);
  const withOverlay = found.map(({ h, row, cell }) => ({
    who: email(h),
    share: h.getBoundingClientRect().width / shown(row.getBoundingClientRect()),
    cell: cell.getBoundingClientRect().width,
  }));
  // The overlay off: every element of ours hidden in place (chips, banner, a table's line rows).
  const own = [...document.querySelectorAll<HTMLElement>('sar-badge, sar-banner, tr[data-sar-line]')];
  own.forEach((el) => (el.style.display = 'none'));
  const without = found.map(({ cell }) => cell.getBoundingClientRect().width);
  own.forEach((el) => (el.style.display = ''));
  return withOverlay.map((c, i) => ({ who: c.who, share: c.share, cell: [c.cell, without[i]!] }));
}

/** The chips on their own line once placed (placement-check.ts finds nothing wrong), with their slots. */
async function atPhoneWidth(page: Page, url: string, people: number): Promise<LineChip[]> {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(url);
  await expect(page.locator('sar-badge .chip')).toHaveCount(people);
  await expect.poll(() => page.evaluate(placementProblems, { clip: false }), { timeout: 20_000 }).toEqual([]);
  return page.evaluate(lineChips);
}

// People on the page, and those whose chip is too long for any cell at 375 px (the others fit beside the e-mail).
for (const [shape, app, people, onLine] of [
  ['the grid with a 40 px actions column', 'shop-api-production', 4, 4],
  ['a table', 'shop-api-staging', 6, 5],
] as const) {
  test(`on ${shape} at 375 px, a chip on its own line spans the row and squeezes no cell`, async ({
    ext,
    demoToken,
  }) => {
    await connectedAndScanned(ext, demoToken);
    const page = await ext.context.newPage();
    const chips = await atPhoneWidth(page, appUrl('osc-fr1', app), people);
    expect(chips).toHaveLength(onLine);
    for (const { who, share, cell } of chips) {
      expect(share, `${who}'s chip against its row`).toBeGreaterThan(0.9);
      expect(cell[0], `${who}'s cell with the overlay, against without`).toBeCloseTo(cell[1], 0);
    }
  });
}
