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

// The demo account's open findings on what the account-wide pages list (checked by hand against the
// fixtures): grouped by person, chloe on 6 of her 8 apps, max on his 2, gaelle on her 1; grouped by
// app, 8 people on shop-api-production, marketing-site and billing-api-prod.
test('the account-wide page counts the findings of what it lists, and says which apps it leaves out', async ({
  ext,
  mock,
  demoToken,
}) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.goto('https://dashboard.scalingo.com/collaborators?group=person');
  const chloeApps = mock.state.apps.filter((a) => a.collaborators.some((c) => c.email === 'chloe@acme.example'));
  expect(chloeApps).toHaveLength(8);
  // chloe: unused full access on billing-api-prod (P2) and shop-frontend (P3); max: outside the
  // team on shop-frontend and marketing-site (2 × P2); gaelle: no 2FA on marketing-site (P3); and
  // those of no one person about the apps listed: shop-frontend's forks (P2) and full collaborators
  // (P3), marketing-site's SCM linker who left (P2), shop-api-production's auto-deploy (P3), named.
  const banner = page.locator('sar-banner .bar span');
  await expect(banner).toHaveText(/^Access Review: 9 open findings on this page: 5 × P2, 4 × P3 · /);
  await expect(banner).toContainText('P2 The repository of marketing-site is linked by paul, no longer in the team');
  await expect(chipOf(page, 'chloe@acme.example')).toContainText(
    'P2 · 8 apps (2 not on this page), 8 with full access',
  );
  await expect(chipOf(page, 'max@pixel-agency.example')).toContainText('P2 · 2 apps, 2 with full access');
  await expect(chipOf(page, 'gaelle@acme.example')).toContainText('P3 · 1 app, 0 with full access');
  const digest = (await storedRecord(ext, 'reviewDigest')) as { summary: { open: Record<string, number> } };
  expect(Object.values(digest.summary.open).reduce((a, b) => a + b, 0)).toBeGreaterThan(5); // the account has more

  await page.goto('https://dashboard.scalingo.com/collaborators');
  // Two P2 outside the team (max, lea), two P2 unused full access (chloe, bruno); P3: paul's deleted
  // account, gaelle's 2FA, alice a personal owner of production, lea's unused full access; and the
  // apps' own: marketing-site's SCM linker who left (P2), shop-api-production's auto-deploy (P3).
  await expect(banner).toHaveText(/^Access Review: 10 open findings on this page: 5 × P2, 5 × P3 · /);
});
