// `npm run demo [-- --headless --out <dir>]`: builds the extension, starts the mock Scalingo
// with the demo account, opens Chromium (found, or installed: test/harness/find-chromium.mjs)
// with the extension connected to it, Scalingo's host names answered by the mock and the
// dashboard by committed fixture pages.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureChromium } from '../harness/find-chromium.mjs';
import { launchWithExtension } from '../harness/launch';
import { FIXTURES_DIR, routeDashboard, routeScalingoApi } from '../harness/routes';
import { startMockScalingo } from '../mock-scalingo/server';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    out: { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const headless = values.headless || !!values.out;
if (!headless && !process.env.DISPLAY) {
  console.error('No display: run `npm run demo -- --headless --out shots`, or wrap it in `xvfb-run -a`.');
  process.exit(2);
}

// Before the build: a machine without Chromium gets one installed, or one line saying what to run.
const browser = ensureChromium();
if ('error' in browser) {
  console.error(browser.error);
  process.exit(1);
}
process.env.CHROMIUM_PATH = browser.path;

if (!values['skip-build']) {
  console.log('Building the extension…');
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const mock = await startMockScalingo({ dataset: 'demo', publicUrl: 'https://api.{region}.scalingo.com' });
const ext = await launchWithExtension({ headless });
await routeScalingoApi(ext.context, mock.url);
await routeDashboard(ext.context);

const token = mock.state.tokens[0]!.token;
const options = await ext.context.newPage();
await options.goto(ext.pageUrl('options'));
await options.getByLabel('Scalingo API token').fill(token);
await options.getByRole('button', { name: 'Connect' }).click();
await options.getByText('Connected as').waitFor({ timeout: 30_000 });
console.log(`Connected to the demo account (mock Scalingo at ${mock.url}).`);

// The first app of the demo account that has a committed dashboard fixture page.
const fixtureApps = readdirSync(FIXTURES_DIR).flatMap((f) => /^app-collaborators-(.+)\.html$/.exec(f)?.[1] ?? []);
const shown = mock.state.apps.find((a) => fixtureApps.includes(a.app.name))!;
const dashboard = await ext.context.newPage();
await dashboard.goto(`https://dashboard.scalingo.com/apps/${shown.region}/${shown.app.name}/settings/collaborators`);
await dashboard.locator('sar-badge').first().waitFor({ timeout: 15_000 });
// The evidence of the first person with something to change, as a lead would open it; the
// screenshot shows the chips as the page first shows them, panels closed.
if (!values.out)
  await dashboard.locator('sar-badge[data-tone="warn"] .chip, sar-badge[data-tone="danger"] .chip').first().click();

// At a phone's width, the grid whose last column is a 40 px actions column (the page above, issue
// #15's) and a table: each chip too long for a cell on a line of its own across its person's row.
// Shot once that many chips have settled there (the table's owner keeps hers beside the e-mail).
const phoneShots = [
  ['dashboard-grid-phone.png', 'shop-api-production', 4],
  ['dashboard-table-phone.png', 'shop-api-staging', 5],
] as const;
async function shootPhone(out: string): Promise<void> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 375, height: 560 });
  for (const [file, name, onLine] of phoneShots) {
    const app = mock.state.apps.find((a) => a.app.name === name)!;
    await page.goto(`https://dashboard.scalingo.com/apps/${app.region}/${name}/settings/collaborators`);
    await page
      .locator('sar-badge[data-slot="line"]')
      .nth(onLine - 1)
      .waitFor({ timeout: 15_000 });
    await page.screenshot({ path: `${out}/${file}`, fullPage: true });
  }
}

const popup = await ext.context.newPage();
await popup.setViewportSize({ width: 380, height: 560 });
await popup.goto(ext.pageUrl('popup'));
await popup.getByTestId('regions').waitFor();
await popup.getByTestId('top-findings').waitFor({ timeout: 15_000 });

const review = await ext.context.newPage();
await review.setViewportSize({ width: 1280, height: 900 });
await review.goto(ext.pageUrl('review'));
await review.locator('tr[data-finding]').first().waitFor({ timeout: 15_000 });
const matrix = await ext.context.newPage();
await matrix.setViewportSize({ width: 1700, height: 900 });
await matrix.goto(ext.pageUrl('review') + '#view=matrix');
await matrix.getByTestId('matrix').locator('tbody tr').first().waitFor({ timeout: 15_000 });

if (values.out) {
  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });
  await popup.screenshot({ path: `${out}/popup.png`, fullPage: true });
  await dashboard.screenshot({ path: `${out}/dashboard-collaborators.png`, fullPage: true });
  await options.screenshot({ path: `${out}/options.png`, fullPage: true });
  // The bulk decisions and the table, as a lead sees them once scrolled to them: a window tall
  // enough for the table's first rows under the bulk panel.
  await review.setViewportSize({ width: 1280, height: 1300 });
  await review.getByTestId('bulk').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await review.screenshot({ path: `${out}/review.png` });
  // The whole matrix: a window as wide as its table (the view then takes the window's width),
  // and the demo refuses a shot that would still hide a column or a row.
  // As tall as the page too: the sticky bar ("N decisions → preview the plan") then sits under
  // the matrix, not over its last rows.
  const wide = await matrix.locator('table.matrix').evaluate((t) => t.scrollWidth);
  await matrix.setViewportSize({ width: Math.max(1280, wide + 80), height: 900 });
  const tall = await matrix.evaluate(() => document.documentElement.scrollHeight);
  await matrix.setViewportSize({ width: Math.max(1280, wide + 80), height: Math.max(900, tall + 40) });
  const hidden = await matrix.locator('.matrix-scroll').evaluate((s) => s.scrollWidth - s.clientWidth);
  if (hidden > 0) throw new Error(`The matrix shot would crop ${hidden} px of the matrix.`);
  const [grid, bar] = await Promise.all(['matrix', 'selection-bar'].map((id) => matrix.getByTestId(id).boundingBox()));
  if (grid && bar && bar.y < grid.y + grid.height) throw new Error('The sticky bar would cover the matrix shot.');
  await matrix.getByTestId('matrix').screenshot({ path: `${out}/matrix.png` });
  await shootPhone(out);
  const phones = phoneShots.map(([file]) => file).join(', ');
  console.log(
    `Screenshots written to ${out}: popup.png, dashboard-collaborators.png, ${phones}, options.png, review.png, matrix.png`,
  );
}

if (headless) {
  await ext.context.close();
  await mock.close();
} else {
  console.log('Chromium is open with the extension. Close it (or press Ctrl+C) to stop.');
  const stop = async () => {
    await mock.close();
    process.exit(0);
  };
  ext.context.on('close', () => void stop());
  process.on('SIGINT', () => void ext.context.close());
}
