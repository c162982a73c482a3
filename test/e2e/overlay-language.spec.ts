import { appUrl, chipOf, connectedAndScanned } from './dashboard-helpers';
import { expect, test } from './fixtures';

// Issue #15's review, item 9: the overlay follows, live, the dashboard page's language (its
// `<html lang>`, when the setting is automatic) and the extension's language setting: chips and
// banner are drawn again in the new language, without a reload of the page.

test('a page switching its lang from en to fr gets its chips and banner in French', async ({ ext, demoToken }) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.goto(appUrl('osc-fr1', 'shop-api-staging'));
  const chip = chipOf(page, 'bruno@acme.example');
  const banner = page.locator('sar-banner .bar span');
  await expect(chip).toContainText('Collaborator · 2FA');
  await expect(banner).toContainText('open finding');
  // The dashboard switches its language in place, as a single-page app does.
  await page.evaluate(() => (document.documentElement.lang = 'fr'));
  await expect(chip).toContainText('Collaborateur · 2FA', { timeout: 15_000 });
  await expect(banner).toContainText(/constats? ouverts?/);
  await page.evaluate(() => (document.documentElement.lang = 'en'));
  await expect(chip).toContainText('Collaborator · 2FA', { timeout: 15_000 });
});

test('the extension’s language set to French reaches an open dashboard page live', async ({ ext, demoToken }) => {
  const options = await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.goto(appUrl('osc-fr1', 'shop-api-staging'));
  const chip = chipOf(page, 'bruno@acme.example');
  await expect(chip).toContainText('Collaborator · 2FA');
  const advanced = options.page.locator('form[aria-labelledby="advanced-title"]');
  await advanced.getByLabel('Language').selectOption('fr');
  await advanced.getByRole('button', { name: 'Save' }).click();
  await expect(chip).toContainText('Collaborateur · 2FA', { timeout: 15_000 });
  await expect(page.locator('sar-banner .bar span')).toContainText(/constats? ouverts?/);
});
