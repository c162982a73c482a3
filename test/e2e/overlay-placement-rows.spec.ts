import type { Page } from '@playwright/test';
import { connectedAndScanned } from './dashboard-helpers';
import { expect, test } from './fixtures';
import { placementProblems } from './placement-check';

// Issue #15's hostile review, item 4: the placement memory (place.ts, place-memory.ts) was keyed by
// person only, so on the account-wide page grouped by app every row of one person shared one
// remembered spot: after a re-render, the row of a roomy group got the spot its row in a cramped
// group had needed. A spot is remembered per row on the page: the person within their app's group.

const URL = 'https://dashboard.scalingo.com/collaborators';

/** shop-api-production's rows laid out as a grid of two roomy columns (the others stay lines of text). */
const GRID = `section:nth-of-type(1) li.person { display: grid; grid-template-columns: 1fr 1fr; }`;

/** Where each chip is: its person, its group, its slot and the child of the row holding it. */
const places = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('sar-badge')]
      .map((b) => {
        const row = b.closest('li')!;
        const group = row.closest('section')?.querySelector('h3')?.textContent;
        const cell = b.parentElement === row ? -1 : [...row.children].findIndex((c) => c.contains(b));
        return `${b.dataset.person} in ${group}: ${b.dataset.slot} in ${cell < 0 ? 'the row' : `child ${cell}`}`;
      })
      .sort(),
  );

/** As a framework does: every group's rows replaced by fresh copies, without the overlay's chips. */
const rerender = (page: Page) =>
  page.evaluate(() => {
    for (const list of document.querySelectorAll('section ul')) {
      const rows = [...list.children].map((r) => {
        const copy = r.cloneNode(true) as Element;
        copy.querySelectorAll('sar-badge').forEach((b) => b.remove());
        return copy;
      });
      list.replaceChildren(...rows);
    }
  });

test('a person listed under two apps whose rows differ keeps each row its own spot after a re-render', async ({
  ext,
  demoToken,
}) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.addInitScript(
    (css) =>
      document.addEventListener('DOMContentLoaded', () => {
        document.head.appendChild(document.createElement('style')).textContent = css;
      }),
    GRID,
  );
  await page.goto(URL);
  await expect(page.locator('sar-badge .chip')).toHaveCount(12);
  await expect.poll(() => page.evaluate(placementProblems, { clip: true })).toEqual([]);
  const before = await places(page);
  // alice is in both groups, placed differently in each, or this test would prove nothing.
  const alice = before.filter(
    (p) =>
      p.includes('alice@acme.example in shop-api-production') || p.includes('alice@acme.example in marketing-site'),
  );
  expect(alice).toHaveLength(2);
  expect(alice[0]!.split(': ')[1]).not.toEqual(alice[1]!.split(': ')[1]);

  for (let i = 0; i < 2; i++) {
    await rerender(page);
    await expect.poll(() => places(page), { message: `re-render ${i + 1}` }).toEqual(before);
    await expect.poll(() => page.evaluate(placementProblems, { clip: true })).toEqual([]);
  }
});
