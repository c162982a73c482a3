import { appUrl, chipOf, connectedAndScanned } from './dashboard-helpers';
import { expect, storedRecord, test } from './fixtures';

// Issue #15, items 3 and 4 on the production build: the account-wide page counts what it
// lists, and the overlay speaks the dashboard page's language while the extension's own pages
// keep the browser's (English here).

test('a French dashboard page gets French chips; the extension’s pages stay in the browser’s language', async ({
  ext,
  demoToken,
}) => {
  const options = await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.goto(appUrl('osc-fr1', 'billing-api-prod'));
  await expect(chipOf(page, 'bruno@acme.example')).toContainText('Limité · 2FA');
  await expect(page.locator('sar-banner')).toContainText('Ouvrir la revue');
  await page.goto(appUrl('osc-fr1', 'shop-api-staging'));
  await expect(chipOf(page, 'julien@acme.example')).toContainText('Limited · 2FA');
  await options.page.reload();
  await expect(options.page.getByRole('heading', { level: 1 })).toHaveText('Scalingo Access Review · Settings');
  await expect(options.page.getByRole('button', { name: 'Replace token' })).toBeVisible();
});

test('the account-wide page counts the findings of what it lists, and says which apps it leaves out', async ({
  ext,
  mock,
  demoToken,
}) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.goto('https://dashboard.scalingo.com/collaborators?group=person');
  const chloeApps = mock.state.apps.filter((a) => a.collaborators.some((c) => c.email === 'chloe@acme.example'));
  expect(chloeApps.length).toBeGreaterThan(6); // the page lists 6 of them
  await expect(chipOf(page, 'chloe@acme.example')).toContainText(
    `${chloeApps.length} app(s) (${chloeApps.length - 6} not on this page)`,
  );
  const digest = (await storedRecord(ext, 'reviewDigest')) as { summary: { open: Record<string, number> } };
  const all = Object.values(digest.summary.open).reduce((a, b) => a + b, 0);
  const banner = page.locator('sar-banner');
  await expect(banner).toContainText(/\d+ open finding\(s\) on this page/);
  const onPage = Number(/(\d+) open finding/.exec((await banner.locator('.bar span').textContent()) ?? '')?.[1]);
  expect(onPage).toBeGreaterThan(0);
  expect(onPage).toBeLessThan(all);
});
