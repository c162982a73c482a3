import type { Page } from '@playwright/test';
import { OPENS_PER_MINUTE, REFRESHES_PER_WINDOW } from '../../lib/background/overlay-limits';
import type { MockScalingo } from '../mock-scalingo/server';
import { inContentScript } from './content-world';
import { appUrl, chipOf, connectedAndScanned } from './dashboard-helpers';
import { expect, stopWorker, storageDump, test } from './fixtures';

// The dashboard page is hostile: its own scripts can click the overlay's buttons (the shadow
// roots are open), and code in the content script's world can send the overlay's requests with
// any app name. Neither opens review tabs in a loop nor turns "refresh" into a flood of scans,
// not even across a restart of the worker (an MV3 worker stops after 30 s idle).

const reviewTabs = (page: Page) =>
  page
    .context()
    .pages()
    .filter((p) => p.url().includes('/review.html'));
/** Scans started since the log was cleared: each reads the region's collaborators once. */
const scans = (mock: MockScalingo) =>
  mock.log().filter((l) => l.method === 'GET' && l.path.endsWith('/osc-fr1/v1/collaborators')).length;

/** In the content-script world: moves the tab to each app's page in place, then asks for a refresh of it. */
const REFRESH_EACH = (apps: string[]) => `(async () => {
  const replies = [];
  for (const app of ${JSON.stringify(apps)}) {
    history.pushState(null, '', '/apps/osc-fr1/' + app + '/settings/collaborators');
    let reply;
    // The browser stamps the new URL on messages a moment after pushState: retry while refused.
    for (let i = 0; i < 20; i++) {
      reply = await chrome.runtime.sendMessage({ type: 'refreshApp', region: 'osc-fr1', app });
      if (reply.ok || reply.kind !== 'forbidden') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    replies.push(reply.ok ? 'ok' : reply.kind);
  }
  return replies;
})()`;

test('the page’s own scripts clicking the chips open nothing; the person’s click opens the review', async ({
  ext,
  demoToken,
}) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.goto(appUrl('osc-fr1', 'shop-api-staging'));
  await expect(chipOf(page, 'bruno@acme.example')).toBeVisible();

  const pageClicksAll = () =>
    page.evaluate(() => {
      let n = 0;
      for (const host of document.querySelectorAll('sar-badge, sar-banner')) {
        for (const b of host.shadowRoot!.querySelectorAll('button')) {
          b.click();
          n++;
        }
      }
      return n;
    });
  // Every chip and the banner's button (a panel is built only when the person opens it).
  expect(await pageClicksAll()).toBeGreaterThanOrEqual(6);
  await expect(page.getByRole('group', { name: 'bruno' })).toBeHidden();

  await chipOf(page, 'bruno@acme.example').click();
  const panel = page.getByRole('group', { name: 'bruno' });
  await expect(panel).toBeVisible();
  // The panel is open: the page's script clicking its buttons (each finding's, the close) does nothing.
  expect(await pageClicksAll()).toBeGreaterThan(7);
  await expect(panel).toBeVisible();
  const [review] = await Promise.all([
    ext.context.waitForEvent('page'),
    panel.getByRole('button', { name: 'Open this finding in the review' }).first().click(),
  ]);
  await expect(review).toHaveURL(/review\.html#finding=/);
  await expect.poll(() => reviewTabs(page).length).toBe(1);
});

test('code in the content script’s world cannot flood refreshes with made-up apps, nor open review tabs in a loop', async ({
  ext,
  mock,
  demoToken,
}) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.goto(appUrl('osc-fr1', 'shop-api-staging'));
  await expect(chipOf(page, 'bruno@acme.example')).toBeVisible();
  mock.clearLog();

  const madeUp = Array.from({ length: 50 }, (_, i) => `made-up-${i}`);
  expect(await inContentScript(page, REFRESH_EACH(madeUp))).toEqual(madeUp.map(() => 'ok'));
  expect(scans(mock)).toBe(0);

  const real = ['shop-api-staging', 'shop-frontend', 'marketing-site', 'docs-portal', 'internal-tools'];
  expect(await inContentScript(page, REFRESH_EACH(real))).toEqual(real.map(() => 'ok'));
  expect(scans(mock)).toBe(REFRESHES_PER_WINDOW);

  const opened = (await inContentScript(
    page,
    `Promise.all(Array.from({ length: 7 }, () => chrome.runtime.sendMessage({ type: 'openReview', findingId: null })))`,
  )) as { ok: boolean; data: boolean }[];
  expect(opened.filter((r) => r.ok && r.data === true)).toHaveLength(OPENS_PER_MINUTE);
  await expect.poll(() => reviewTabs(page).length).toBe(OPENS_PER_MINUTE);
});

test('a flood, a restart of the worker, a flood: no more rescans nor review tabs than the budget allows', async ({
  ext,
  mock,
  demoToken,
}) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.goto(appUrl('osc-fr1', 'shop-api-staging'));
  await expect(chipOf(page, 'bruno@acme.example')).toBeVisible();
  mock.clearLog();
  const real = ['shop-api-staging', 'shop-frontend', 'marketing-site', 'docs-portal', 'internal-tools'];
  const openSeven = `Promise.all(Array.from({ length: 7 }, () => chrome.runtime.sendMessage({ type: 'openReview', findingId: null })))`;

  expect(await inContentScript(page, REFRESH_EACH(real))).toEqual(real.map(() => 'ok'));
  await inContentScript(page, openSeven);
  expect(scans(mock)).toBe(REFRESHES_PER_WINDOW);
  await expect.poll(() => reviewTabs(page).length).toBe(OPENS_PER_MINUTE);
  // The budget is where the content script can neither read nor reset it.
  expect(Object.keys(await storageDump(ext, 'session'))).toContain('overlayBudget');
  expect(
    await inContentScript(
      page,
      `chrome.storage.session.set({ overlayBudget: null }).then(() => 'written', (e) => 'refused: ' + e.message)`,
    ),
  ).toMatch(/^refused/);

  await stopWorker(ext, page);
  expect(await inContentScript(page, REFRESH_EACH(real.slice().reverse()))).toEqual(real.map(() => 'ok'));
  expect(scans(mock)).toBe(REFRESHES_PER_WINDOW);
  const opened = (await inContentScript(page, openSeven)) as { ok: boolean; data: boolean }[];
  expect(opened.filter((r) => r.ok && r.data === true)).toHaveLength(0);
  expect(reviewTabs(page)).toHaveLength(OPENS_PER_MINUTE);
});
