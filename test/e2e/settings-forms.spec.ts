import { expect, openPopup, OptionsPage, test } from './fixtures';

// The settings as a person uses them: once connected the token form gives way to who is
// connected; the language chosen there reaches every open extension page without a reload.

test('once connected, the token form gives way to "connected as … · replace token · sign out"', async ({
  ext,
  demoToken,
}) => {
  const options = await OptionsPage.open(ext);
  await options.connect(demoToken);
  await expect(options.connection()).toContainText('Connected as', { timeout: 30_000 });
  const field = options.page.getByLabel('Scalingo API token');
  await expect(field).toHaveCount(0);

  await options.page.getByRole('button', { name: 'Replace token' }).click();
  await expect(field).toBeVisible();
  await options.page.getByRole('button', { name: 'Keep the current token' }).click();
  await expect(field).toHaveCount(0);
  await expect(options.connection()).toContainText('Connected as');

  await options.page.getByRole('button', { name: 'Sign out and forget the token' }).click();
  await expect(options.connection()).toContainText('Not connected.', { timeout: 30_000 });
  await expect(field).toBeVisible();
});

test('switching the language reaches the settings and an open popup at once, without a reload', async ({ ext }) => {
  const popup = await openPopup(ext);
  await expect(popup.getByText('Open the settings to connect')).toBeVisible({ timeout: 30_000 });
  const options = await OptionsPage.open(ext);
  await expect(options.page.getByRole('heading', { level: 1 })).toHaveText('Scalingo Access Review · Settings');
  // A reload would lose this mark: the pages must switch in place.
  await options.page.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));
  await popup.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));

  const advanced = options.page.locator('form[aria-labelledby="advanced-title"]');
  await advanced.getByLabel('Language').selectOption('fr');
  await advanced.getByRole('button', { name: 'Save' }).click();

  await expect(options.page.getByRole('heading', { level: 1 })).toHaveText('Scalingo Access Review · Réglages', {
    timeout: 30_000,
  });
  await expect(options.connection()).toContainText('Non connecté.');
  await expect(popup.getByText('Ouvrir les réglages pour se connecter')).toBeVisible({ timeout: 30_000 });
  expect(await options.page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
  expect(await popup.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
});
