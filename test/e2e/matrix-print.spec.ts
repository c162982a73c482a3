import { GENERATED_TOKEN, generateDataset } from '../mock-scalingo/generate';
import { expect, OptionsPage, storedRecord, test } from './fixtures';

// Issue #19: printing the access matrix prints every cell, also for an account wider than the
// demo (28 apps): on an A4 landscape page (277 mm between the margins, 1047 CSS px), every
// column is laid out within the page, no cell's text runs past its cell, nothing clips it, and
// no word is cut mid-letter ("Collab/orator"): a line may break at a space or a hyphen only.

test.use({ dataset: generateDataset({ apps: 28, peoplePerApp: 4, eventsPerApp: 5, regions: ['osc-fr1'] }) });

const A4_LANDSCAPE_PRINTABLE = 1047;

test('printing the matrix of a 28-app account shows every cell, whole and readable, within the page', async ({
  ext,
  mock,
}) => {
  const options = await OptionsPage.open(ext);
  await options.connect(GENERATED_TOKEN);
  await expect(options.connection()).toContainText('Connected as', { timeout: 60_000 });
  // The scan done (its digest stored), so the matrix on screen is the whole one to compare with paper.
  await expect.poll(async () => (await storedRecord(ext, 'reviewDigest')) ?? null, { timeout: 60_000 }).not.toBeNull();
  const review = await ext.context.newPage();
  await review.setViewportSize({ width: 1280, height: 900 });
  await review.goto(ext.pageUrl('review') + '#view=matrix');
  const matrix = review.getByTestId('matrix');
  const apps = mock.state.apps.map((a) => a.app.name);
  await expect(matrix.locator('thead th')).toHaveCount(apps.length + 1, { timeout: 60_000 });
  await expect(review.getByTestId('loading-more')).toHaveCount(0, { timeout: 30_000 });
  // Each cell: who, which app, role and 2FA (its priority badge left out: late findings may colour it).
  const cellsOf = () =>
    matrix
      .locator('td[data-cell]')
      .evaluateAll((tds) => tds.map((c) => `${c.dataset.cell}: ${c.textContent?.replace(/ P\d$/, '')}`).sort());
  const onScreen = await cellsOf();

  await review.setViewportSize({ width: A4_LANDSCAPE_PRINTABLE, height: 740 });
  await review.emulateMedia({ media: 'print' });
  await expect(review.getByTestId('bulk')).toBeHidden();
  const printed = await matrix.evaluate((m) => {
    const tables = [...m.querySelectorAll('table')];
    const page = document.documentElement.clientWidth;
    const cells = [...m.querySelectorAll<HTMLElement>('table th, table td')];
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
    // A word (split at spaces, a hyphen kept with its left part) whose glyphs sit on two lines is cut.
    const cut: string[] = [];
    const walker = document.createTreeWalker(m.querySelector('.matrix-scroll')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (const w of (n.textContent ?? '').matchAll(/[^\s-]+-?/g)) {
        const range = document.createRange();
        range.setStart(n, w.index);
        range.setEnd(n, w.index + w[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) cut.push(w[0]);
      }
    }
    const clippers: string[] = [];
    for (const table of tables)
      for (let el: HTMLElement | null = table; el; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1)
          clippers.push(el.className || el.tagName);
      }
    return {
      heads: [...m.querySelectorAll('thead th:not(:first-child)')].map((h) => h.textContent?.trim() ?? ''),
      cut,
      cells: cells.length,
      offPage: cells.filter((c) => c.getBoundingClientRect().right > page + 1 || !c.checkVisibility()).length,
      overflowing: cells.filter((c) => c.scrollWidth > c.clientWidth + 1 || textOutside(c)).map((c) => c.textContent),
      clippers,
      pageScroll: document.documentElement.scrollWidth - page,
    };
  });
  expect(printed.heads.sort()).toEqual([...apps].sort());
  expect(await cellsOf()).toEqual(onScreen);
  expect(printed.cells).toBeGreaterThan(28 * 10);
  expect(printed.cut).toEqual([]);
  expect(printed.offPage).toBe(0);
  expect(printed.overflowing).toEqual([]);
  expect(printed.clippers).toEqual([]);
  expect(printed.pageScroll).toBeLessThanOrEqual(0);
});

test('printing says which matrix filter is on, and the table view prints every finding', async ({ ext }) => {
  const options = await OptionsPage.open(ext);
  await options.connect(GENERATED_TOKEN);
  await expect(options.connection()).toContainText('Connected as', { timeout: 60_000 });
  await expect.poll(async () => (await storedRecord(ext, 'reviewDigest')) ?? null, { timeout: 60_000 }).not.toBeNull();
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
