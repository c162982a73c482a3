import type { Page } from '@playwright/test';
import { generateDataset } from '../mock-scalingo/generate';
import { appUrl, connectedAndScanned } from './dashboard-helpers';
import { expect, test } from './fixtures';
import { placementProblems, scrollThrough } from './placement-check';

// Issue #15 item 5: on a long collaborators page, the chips of the rows on screen are drawn with
// the rows, the others as they come near. Whatever the way down (a jump to the end, a walk through
// the page), a row on screen never shows without its chip, and every row ends up with a placed
// chip: a chip never drawn does not pass as placed.

const dataset = generateDataset({ apps: 4, peoplePerApp: 150, eventsPerApp: 5, regions: ['osc-fr1'] });
test.use({ dataset });
const entry = dataset.apps[0]!;
// The roles the scan read, so that the page never disagrees with it (no refresh meanwhile).
const people = [
  [entry.app.owner.email, 'Owner'],
  ...entry.collaborators.map((c) => [c.email, c.is_limited ? 'Limited collaborator' : 'Collaborator']),
];
const emails = people.map(([email]) => email);

/** A long collaborators table, as the dashboard renders it. */
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Collaborators</title></head><body>
<main><h1>Collaborators</h1><table><thead><tr><th>Email</th><th>Role</th></tr></thead><tbody>
${people.map(([email, role]) => `<tr><td>${email}</td><td>${role}</td></tr>`).join('\n')}
</tbody></table></main></body></html>`;

/** In the first frame after a scroll to `at` (a fraction of the page's height), before its paint: rows on screen without their chip. */
const bareAfter = (page: Page, at: number | null) =>
  page.evaluate(
    (to) =>
      new Promise<string[]>((done) => {
        if (to !== null) scrollTo(0, document.documentElement.scrollHeight * to);
        requestAnimationFrame(() =>
          done(
            [...document.querySelectorAll('tbody tr:not([data-sar-line])')]
              .filter((tr) => {
                const r = tr.getBoundingClientRect();
                // The chip in the row, or on a line of its own in the overlay's row right after it.
                const next = tr.nextElementSibling;
                const line = next?.matches('tr[data-sar-line]') ? next.querySelector('sar-badge') : null;
                return (
                  r.bottom > 0 &&
                  r.top < innerHeight &&
                  !(tr.querySelector('sar-badge') ?? line)?.shadowRoot?.querySelector('.chip')
                );
              })
              .map((tr) => tr.textContent ?? ''),
          ),
        );
      }),
    at,
  );

test('a long page: the rows on screen get their chips at once, the others before they are scrolled to', async ({
  ext,
  demoToken,
}) => {
  await connectedAndScanned(ext, demoToken);
  const url = appUrl(entry.region, entry.app.name);
  await ext.context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(url);
  const first = page.locator('tbody tr').first();
  const firstChip = first.locator('sar-badge .chip').or(first.locator('+ tr[data-sar-line] sar-badge .chip'));
  await expect(firstChip).toBeVisible({ timeout: 15_000 });
  expect(await bareAfter(page, null)).toEqual([]);
  // A jump to the end (End pressed, the scrollbar dragged): the first frame there shows every chip.
  expect(await bareAfter(page, 1)).toEqual([]);
  expect(await bareAfter(page, 0.5)).toEqual([]);
  // Walked through, every person has a chip, each placed right.
  await expect.poll(() => page.evaluate(scrollThrough, 'tbody tr')).toEqual({ bare: [], chips: emails.length });
  await expect(page.locator('sar-badge .chip')).toHaveCount(emails.length);
  await expect.poll(() => page.evaluate(placementProblems, { clip: true, maxControls: 60 })).toEqual([]);
});

/** As a framework does, in one task: the rows replaced by fresh copies without chips, `reversed` or
 * in the same order. Then, in the first frame after, before its paint: the rows on screen without their chip.
 * Read in a ResizeObserver's callback: after that frame's layout and the overlay's own observers (made
 * before this one, so called first), before the paint. */
const bareAfterRerender = (page: Page, reversed: boolean) =>
  page.evaluate(
    (flip) =>
      new Promise<string[]>((done) => {
        const tbody = document.querySelector('tbody')!;
        const rows = [...tbody.rows].filter((r) => !r.matches('[data-sar-line]'));
        const fresh = (flip ? rows.reverse() : rows).map((r) => {
          const copy = r.cloneNode(true) as HTMLTableRowElement;
          copy.querySelectorAll('sar-badge').forEach((b) => b.remove());
          return copy;
        });
        tbody.replaceChildren(...fresh);
        const once = new ResizeObserver(() => {
          once.disconnect();
          done(
            fresh
              .filter((tr) => {
                const r = tr.getBoundingClientRect();
                const next = tr.nextElementSibling;
                const line = next?.matches('tr[data-sar-line]') ? next.querySelector('sar-badge') : null;
                const chip = (tr.querySelector('sar-badge') ?? line)?.shadowRoot?.querySelector('.chip');
                return r.bottom > 0 && r.top < innerHeight && !chip;
              })
              .map((tr) => tr.textContent ?? ''),
          );
        });
        once.observe(fresh[0]!);
      }),
    reversed,
  );

test('a long list re-rendered, in the same order or sorted the other way, shows no row bare in its first frame', async ({
  ext,
  demoToken,
}) => {
  await connectedAndScanned(ext, demoToken);
  const url = appUrl(entry.region, entry.app.name);
  await ext.context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(url);
  await expect(page.locator('tbody tr').first().locator('+ tr[data-sar-line] sar-badge .chip')).toBeVisible();
  // The overlay draws a re-render's rows on screen from whose rows were there (near.ts): the same
  // people again, then others entirely (the list reversed), whose rows it finds only once laid out.
  for (const [reversed, top] of [
    [false, emails[0]!],
    [true, emails.at(-1)!],
    [true, emails[0]!],
  ] as const) {
    expect(await bareAfterRerender(page, reversed), reversed ? 'reversed' : 'same order').toEqual([]);
    await expect(page.locator('tbody tr').first()).toContainText(top);
    await expect.poll(() => page.evaluate(placementProblems, { clip: true, maxControls: 20 })).toEqual([]);
  }
});
