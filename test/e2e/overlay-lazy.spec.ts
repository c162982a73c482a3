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
