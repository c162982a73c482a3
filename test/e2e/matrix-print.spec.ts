import { GENERATED_TOKEN, generateDataset } from '../mock-scalingo/generate';
import { expect, OptionsPage, test } from './fixtures';

// Issue #19: printing the access matrix prints every cell, also for an account wider than the
// demo (24 apps): on an A4 landscape page (277 mm between the margins, 1047 CSS px), every
// column is laid out within the page, no cell's text runs past its cell, nothing clips it.

test.use({ dataset: generateDataset({ apps: 24, peoplePerApp: 4, eventsPerApp: 5, regions: ['osc-fr1'] }) });

const A4_LANDSCAPE_PRINTABLE = 1047;

test('printing the matrix of a 24-app account shows every cell, whole, within the page', async ({ ext, mock }) => {
  const options = await OptionsPage.open(ext);
  await options.connect(GENERATED_TOKEN);
  await expect(options.connection()).toContainText('Connected as', { timeout: 60_000 });
  const review = await ext.context.newPage();
  await review.setViewportSize({ width: 1280, height: 900 });
  await review.goto(ext.pageUrl('review') + '#view=matrix');
  const matrix = review.getByTestId('matrix');
  const apps = mock.state.apps.map((a) => a.app.name);
  await expect(matrix.locator('thead th')).toHaveCount(apps.length + 1, { timeout: 60_000 });

  await review.setViewportSize({ width: A4_LANDSCAPE_PRINTABLE, height: 740 });
  await review.emulateMedia({ media: 'print' });
  await expect(review.getByTestId('bulk')).toBeHidden();
  const printed = await matrix.evaluate((m) => {
    const table = m.querySelector('table')!;
    const page = document.documentElement.clientWidth;
    const cells = [...table.querySelectorAll<HTMLElement>('th, td')];
    const within = (inner: DOMRect, outer: DOMRect) =>
      inner.left >= outer.left - 1 &&
      inner.right <= outer.right + 1 &&
      inner.top >= outer.top - 1 &&
      inner.bottom <= outer.bottom + 1;
    const textOutside = (c: HTMLElement) => {
      const range = document.createRange();
      range.selectNodeContents(c);
      return [...range.getClientRects()].some((r) => r.width > 0 && !within(r, c.getBoundingClientRect()));
    };
    const clippers: string[] = [];
    for (let el: HTMLElement | null = table; el; el = el.parentElement) {
      const style = getComputedStyle(el);
      if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1)
        clippers.push(el.className || el.tagName);
    }
    return {
      heads: [...table.querySelectorAll('thead th')].map((h) => h.textContent?.trim() ?? ''),
      cells: cells.length,
      offPage: cells.filter((c) => c.getBoundingClientRect().right > page + 1 || !c.checkVisibility()).length,
      overflowing: cells.filter((c) => c.scrollWidth > c.clientWidth + 1 || textOutside(c)).map((c) => c.textContent),
      clippers,
      pageScroll: document.documentElement.scrollWidth - page,
    };
  });
  expect(printed.heads.slice(1).sort()).toEqual([...apps].sort());
  expect(printed.cells).toBeGreaterThan(24 * 10);
  expect(printed.offPage).toBe(0);
  expect(printed.overflowing).toEqual([]);
  expect(printed.clippers).toEqual([]);
  expect(printed.pageScroll).toBeLessThanOrEqual(0);
});

test('printing says which matrix filter is on, and the table view prints every finding', async ({ ext }) => {
  const options = await OptionsPage.open(ext);
  await options.connect(GENERATED_TOKEN);
  await expect(options.connection()).toContainText('Connected as', { timeout: 60_000 });
  const review = await ext.context.newPage();
  await review.goto(ext.pageUrl('review') + '#view=matrix');
  const matrix = review.getByTestId('matrix');
  await matrix.getByRole('button', { name: 'Full access' }).click();
  await review.emulateMedia({ media: 'print' });
  await expect(matrix.locator('caption')).toContainText('Shown: Full access only', { timeout: 60_000 });

  await review.emulateMedia({ media: 'screen' });
  await review.goto(ext.pageUrl('review') + '#view=table');
  await review.reload();
  const table = review.getByTestId('finding-table');
  await expect(table).toBeVisible({ timeout: 60_000 });
  const total = Number((await review.getByText(/^Showing \d+ of \d+ findings$/).textContent())!.split(' ')[1]);
  const rows = table.locator('tbody tr[data-finding]');
  expect(await rows.count()).toBeLessThan(total); // on screen, a window of rows: the test means something
  // Printed: every finding a row on paper, none clipped by the scrolling box.
  await review.emulateMedia({ media: 'print' });
  await expect(rows).toHaveCount(total, { timeout: 30_000 });
  expect(await table.evaluate((box) => box.scrollHeight - box.clientHeight)).toBeLessThanOrEqual(0);
});
