import { GENERATED_TOKEN, generateDataset } from '../mock-scalingo/generate';
import { expect, openPopup, OptionsPage, test } from './fixtures';

// Issue #19: a long review opens on its first screen (the table's first rows, "loading N more")
// and the whole follows. Once it is there, the table is the whole review: every finding reachable
// by scrolling, in the opening order over every row, a sort over every row, a search reaching a
// row the first screen did not hold.

test.use({ dataset: generateDataset({ apps: 12, peoplePerApp: 10, eventsPerApp: 5, regions: ['osc-fr1'] }) });

type Row = { id: string; person: string; index: number };
const PRIORITIES = ['P1', 'P2', 'P3', 'P4'];

test('the table after the first screen is the whole review, sorted and searched over every row', async ({ ext }) => {
  test.setTimeout(180_000); // a scan and two walks through every row, on a loaded machine
  const options = await OptionsPage.open(ext);
  await options.connect(GENERATED_TOKEN);
  await expect(options.connection()).toContainText('Connected as', { timeout: 60_000 });
  // The review once the scan has ended (findings show while it reads, and may still change).
  const popup = await openPopup(ext);
  await expect(popup.getByText(/Last scan/)).toBeVisible({ timeout: 60_000 });
  await expect(popup.getByTestId('scan-progress')).toHaveCount(0, { timeout: 60_000 });
  await popup.close();
  const page = await ext.context.newPage();
  // What the first screen showed, noted as it is drawn (it gives way to the whole within moments).
  await page.addInitScript(() => {
    const seen = ((globalThis as unknown as { __firstScreen: unknown[] }).__firstScreen = [] as unknown[]);
    new MutationObserver(() => {
      const loading = document.querySelector('[data-testid="loading-more"]');
      if (loading && seen.length === 0)
        seen.push({
          text: loading.textContent,
          rows: [...document.querySelectorAll<HTMLElement>('tr[data-finding]')].map((r) => ({
            index: Number(r.dataset.index),
            id: r.dataset.finding,
            person: r.querySelector('td:nth-child(3)')?.textContent,
            app: r.querySelector('td:nth-child(4)')?.textContent,
            what: r.querySelector('td:nth-child(5)')?.textContent,
          })),
        });
      // The row at the top of what the reader sees, where it is, until the whole page takes its
      // place; and a row with keyboard focus, as if the reader had tabbed onto it.
      if (loading) {
        const rows = [...document.querySelectorAll<HTMLElement>('tr[data-finding]')];
        const top = rows.find((r) => r.getBoundingClientRect().bottom > 0);
        if (top)
          (globalThis as unknown as { __before: unknown }).__before = {
            id: top.dataset.finding,
            top: top.getBoundingClientRect().top,
          };
        if (rows[1] && !document.activeElement?.closest('tr')) rows[1].focus();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(ext.pageUrl('review'));
  const whole = await page.evaluate(async () => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
      .chrome.runtime;
    const r = (await runtime.sendMessage({ type: 'getReview' })) as {
      data: { findings: { id: string; priority: string; state: string; person: { email: string } | null }[] };
    };
    return r.data.findings;
  });
  const total = whole.length;
  expect(total).toBeGreaterThan(100); // twice the first screen
  await expect(page.getByText(`Showing ${total} of ${total} findings`)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('loading-more')).toHaveCount(0);
  const first = await page.evaluate(() => (globalThis as unknown as { __firstScreen: unknown[] }).__firstScreen);
  expect(first).toEqual([
    { text: `Showing the first 50 findings; loading ${total - 50} more…`, rows: expect.any(Array) },
  ]);
  // The whole table opens on the rows the first screen showed: same findings, names, apps and
  // words, in the same places (no jump, no name changing under the reader's eyes).
  const firstRows = (first[0] as { rows: { index: number; id: string }[] }).rows;
  expect(firstRows.length).toBeGreaterThan(10);
  expect(firstRows.map((r) => r.index)).toEqual(firstRows.map((_, i) => i));
  const wholeTop = await page.evaluate(
    (n) =>
      [...document.querySelectorAll<HTMLElement>('tr[data-finding]')].slice(0, n).map((r) => ({
        index: Number(r.dataset.index),
        id: r.dataset.finding,
        person: r.querySelector('td:nth-child(3)')?.textContent,
        app: r.querySelector('td:nth-child(4)')?.textContent,
        what: r.querySelector('td:nth-child(5)')?.textContent,
      })),
    firstRows.length,
  );
  expect(wholeTop.length).toBeGreaterThan(10); // a screenful (the table keeps only the rows in view)
  expect(wholeTop).toEqual(firstRows.slice(0, wholeTop.length));
  // And they stay where the reader was reading: the actions, plan, view switch and filters come
  // above the table, and the page scrolls by as much (a jump of ~1,000 px without it, rows gone off
  // screen); the row with keyboard focus keeps it.
  const before = await page.evaluate(
    () => (globalThis as unknown as { __before: { id: string; top: number } }).__before,
  );
  expect(before.top).toBeLessThan(900);
  const after = await page.evaluate(
    (id) => document.querySelector(`tr[data-finding="${CSS.escape(id)}"]`)!.getBoundingClientRect().top,
    before.id,
  );
  expect(Math.abs(after - before.top)).toBeLessThanOrEqual(2);
  expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.finding)).toBe(
    firstRows[1]!.id,
  );

  const table = page.locator('table.findings');
  await expect(table).toHaveAttribute('aria-rowcount', String(total + 1));
  const box = page.locator('.table-scroll');
  /** Every row, read a half screen at a time from the top. */
  const everyRow = async (count = total): Promise<Row[]> => {
    const rows = new Map<number, Row>();
    const height = await box.evaluate((el) => el.clientHeight);
    for (let y = 0; rows.size < count && y < count * 40 + height; y += height / 2) {
      await box.evaluate((el, top) => (el.scrollTop = top), y);
      await expect
        .poll(() => box.evaluate((el) => el.querySelector('tr[data-finding]') !== null), { timeout: 20_000 })
        .toBe(true);
      const shown = await box.evaluate((el) =>
        [...el.querySelectorAll<HTMLElement>('tr[data-finding]')].map((r) => ({
          id: r.dataset.finding!,
          person: r.querySelector('td:nth-child(3)')?.textContent ?? '',
          index: Number(r.dataset.index),
        })),
      );
      shown.forEach((r) => rows.set(r.index, r));
    }
    await box.evaluate((el) => (el.scrollTop = 0));
    return [...rows.values()].sort((a, b) => a.index - b.index);
  };
  // The opening order over every row: priority (accepted last), then id.
  const rank = (f: (typeof whole)[number]) => PRIORITIES.indexOf(f.priority) + (f.state === 'accepted' ? 10 : 0);
  const opening = [...whole].sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rows = await everyRow();
  expect(rows.map((r) => r.id)).toEqual(opening.map((f) => f.id));

  await page.getByRole('button', { name: 'Sort by Person' }).click();
  await expect(table.locator('th[aria-sort="ascending"]')).toContainText('Person');
  const byPerson = await everyRow();
  expect(new Set(byPerson.map((r) => r.id))).toEqual(new Set(whole.map((f) => f.id)));
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  const names = byPerson.map((r) => r.person);
  expect(names.every((n, i) => i === 0 || collator.compare(names[i - 1]!, n) <= 0)).toBe(true);

  // A row far past the first screen, found by its person's e-mail.
  const last = opening.findLast((f) => f.person)!;
  expect(opening.indexOf(last)).toBeGreaterThan(50);
  await page.getByRole('searchbox', { name: 'Search' }).fill(last.person!.email);
  await expect(page.getByText(`of ${total} findings`)).not.toHaveText(`Showing ${total} of ${total} findings`);
  const found = Number(await table.getAttribute('aria-rowcount')) - 1;
  expect(found).toBeLessThan(total);
  expect((await everyRow(found)).map((r) => r.id)).toContain(last.id);
});
