import { readFileSync } from 'node:fs';
import { FIXTURES_DIR } from '../harness/routes';
import { appUrl, chipOf, connectedAndScanned } from './dashboard-helpers';
import { expect, test } from './fixtures';
import { placementProblems } from './placement-check';

// Issue #15's second review, item 2: a scrolling table whose e-mail column starts past the
// window's edge (data-pipeline's columns reordered, a shape variant) gave its chips on a line of
// their own the room "window width minus the cell's left edge", negative there: 15 px-wide chips,
// their text spilling. The room is the scrolling box's (and the row's), at least the longest word.

const VARIANT = `${FIXTURES_DIR}variants/app-collaborators-data-pipeline-email-last.html`;

test('a table scrolled inside its box, e-mail last, gets chips wide enough for their words at 375 px', async ({
  ext,
  mock,
  demoToken,
}) => {
  for (const c of mock.state.apps.find((a) => a.app.name === 'data-pipeline')!.collaborators) c.tfa_status = false;
  await connectedAndScanned(ext, demoToken);
  const url = appUrl('osc-fr1', 'data-pipeline');
  await ext.context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(VARIANT) }),
  );
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(url);
  await expect(chipOf(page, 'chloe@acme.example')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('sar-badge .chip')).toHaveCount(3);
  // Each chip on its line, as the person sees it with the box scrolled to its start.
  const chips = () =>
    page.evaluate(() => {
      document.querySelector('.table-scroll')!.scrollLeft = 0;
      return [...document.querySelectorAll<HTMLElement>('sar-badge')].map((h) => {
        const chip = h.shadowRoot!.querySelector<HTMLElement>('.chip')!;
        const box = document.querySelector('.table-scroll')!.getBoundingClientRect();
        const r = chip.getBoundingClientRect();
        return {
          wide: r.width >= 60,
          whole: chip.scrollWidth <= chip.clientWidth + 1,
          inBox: r.right <= box.right + 1,
        };
      });
    });
  const right = { wide: true, whole: true, inBox: true };
  await expect.poll(chips).toEqual([right, right, right]);
  await expect.poll(() => page.evaluate(placementProblems, { clip: false })).toEqual([]);
  // Scrolled to its end, the box shows the e-mails; the window then resized: chips placed anew.
  await page.evaluate(() => (document.querySelector('.table-scroll')!.scrollLeft = 1000));
  await page.setViewportSize({ width: 380, height: 800 });
  await expect.poll(chips, { timeout: 15_000 }).toEqual([right, right, right]);
  await expect.poll(() => page.evaluate(placementProblems, { clip: false })).toEqual([]);
});
