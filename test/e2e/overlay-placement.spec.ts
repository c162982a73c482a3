import { readdirSync, readFileSync } from 'node:fs';
import { FIXTURES_DIR } from '../harness/routes';
import { appUrl, connectedAndScanned } from './dashboard-helpers';
import { expect, test } from './fixtures';
import { placementProblems, scrollThrough } from './placement-check';

// Where the chips go, on every committed dashboard page at a phone's, a laptop's and a wide
// screen's width: inside their row and the window, text whole on desktops, no sideways scroll
// gained, every control of the page still clickable at its centre, no name or e-mail cut shorter
// (placement-check.ts says how each is read). The production build in Chromium, as everywhere.

const WIDTHS = [375, 1100, 1920];
const ROWS = 'tr, [role="row"], li, summary, [data-testid="collaborator-row"]';
/** The people rows of the account-wide pages: 3 groups by person; 3 + 5 + 4 people by app. */
const ACCOUNT_ROWS: Record<string, number> = { 'collaborators-by-person.html': 3, 'collaborators.html': 12 };
/** Shape variants served at their app's URL instead of its page: the file, and the app it stands for. */
const VARIANTS: Record<string, string> = {
  // Rows of `display: contents` in the table's grid: only the cells have boxes (issue #15's hostile review).
  'variants/app-collaborators-shop-api-production-contents.html': 'shop-api-production',
};
const pages = [...readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.html')), ...Object.keys(VARIANTS)];

for (const file of pages) {
  test(`${file}: chips placed right at ${WIDTHS.join(', ')} px`, async ({ ext, mock, demoToken }) => {
    await connectedAndScanned(ext, demoToken);
    const appName = VARIANTS[file] ?? /^app-collaborators-(.+)\.html$/.exec(file)?.[1];
    const entry = appName ? mock.state.apps.find((a) => a.app.name === appName)! : null;
    const url = entry
      ? appUrl(entry.region, entry.app.name)
      : `https://dashboard.scalingo.com/collaborators${file.includes('by-person') ? '?group=person' : ''}`;
    if (VARIANTS[file]) {
      const body = readFileSync(`${FIXTURES_DIR}${file}`);
      await ext.context.route(url, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
      );
    }
    const page = await ext.context.newPage();
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(url);
      if (appName === 'docs-portal') await expect(page.locator('sar-banner[data-mode="degraded"]')).toBeVisible();
      else await expect(page.locator('sar-badge .chip').first()).toBeVisible();
      // Chips below the fold are drawn as their rows come near (near.ts): walk the page down so
      // that every row has its chip, and every chip is checked, not only the first screen's.
      const walk = await page.evaluate(scrollThrough, { rows: ROWS, withEmail: true });
      expect(walk.bare, `at ${width} px`).toEqual([]);
      const people = appName === 'docs-portal' ? 0 : entry ? entry.collaborators.length + 1 : ACCOUNT_ROWS[file]!;
      await expect(page.locator('sar-badge .chip')).toHaveCount(people);
      await expect
        .poll(() => page.evaluate(placementProblems, { clip: width >= 1100 }), { message: `at ${width} px` })
        .toEqual([]);
      // Never in a cell holding the page's controls (a grid's narrow actions column).
      const inActions = await page.$$eval(
        'sar-badge',
        (hosts) => hosts.filter((h) => h.parentElement?.closest('[role="cell"], td')?.querySelector('button')).length,
      );
      expect(inActions, `at ${width} px`).toBe(0);
    }
  });
}

test('a window narrowed or widened after drawing gets its chips placed anew', async ({ ext, demoToken }) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1920, height: 800 });
  await page.goto(appUrl('osc-fr1', 'shop-api-production'));
  // One chip per person the page shows (the owner included).
  const people = page.locator('sar-badge');
  await expect(people).toHaveCount(4);
  await expect(page.locator('sar-badge[data-slot="beside"]')).toHaveCount(4);
  await page.setViewportSize({ width: 375, height: 800 });
  await expect(page.locator('sar-badge[data-slot="line"]')).toHaveCount(4);
  await expect.poll(() => page.evaluate(placementProblems, { clip: false })).toEqual([]);
  await page.setViewportSize({ width: 1100, height: 800 });
  await expect(page.locator('sar-badge[data-slot="beside"]')).toHaveCount(4);
  await expect.poll(() => page.evaluate(placementProblems, { clip: true })).toEqual([]);
});

test('a chip too long for the window on a line of its own wraps inside it (data-pipeline at 375 px)', async ({
  ext,
  mock,
  demoToken,
}) => {
  // Without 2FA, chloe's and ines's chips say five things: wider than a phone's window.
  for (const c of mock.state.apps.find((a) => a.app.name === 'data-pipeline')!.collaborators) c.tfa_status = false;
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(appUrl('osc-fr1', 'data-pipeline'));
  // On a line of its own, a table's chip is in the overlay's row right after the person's (line.ts).
  const lineChip = (email: string) =>
    page.locator('tr').filter({ hasText: email }).locator('+ tr[data-sar-line] sar-badge[data-slot="line"]');
  await expect(lineChip('chloe@acme.example').locator('.chip')).toContainText('no 2FA · active');
  for (const email of ['chloe@acme.example', 'ines@acme.example']) await expect(lineChip(email)).toHaveCount(1);
  await expect.poll(() => page.evaluate(placementProblems, { clip: false })).toEqual([]);
});
