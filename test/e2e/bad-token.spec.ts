import { expect, openPopup, OptionsPage, test } from './fixtures';

test('a malformed token gets a clear message and is not kept', async ({ ext }) => {
  const options = await OptionsPage.open(ext);
  await options.connect('not a token');
  await expect(options.alert()).toContainText('Token invalid or revoked: paste a valid API token in the settings.');
  // Said once: Scalingo's words may follow, not the same sentence again.
  expect((await options.alert().textContent())?.match(/invalid or revoked/gi)).toHaveLength(1);
  await expect(options.page.getByRole('alert')).toHaveCount(1);
  await expect(options.connection()).toContainText('Not connected.');
  const popup = await openPopup(ext);
  await expect(popup.getByTestId('onboarding')).toContainText('Open the settings to connect');
});

test('Scalingo unreachable: the settings say so', async ({ ext, mock, demoToken }) => {
  mock.setFaults({ down: true });
  const options = await OptionsPage.open(ext);
  await options.connect(demoToken);
  await expect(options.alert()).toContainText('Scalingo could not be reached: check your connection.');
  await expect(options.connection()).toContainText('Not connected.');
});

test('a token revoked after connecting: the popup says so and keeps what it had', async ({ ext, mock, demoToken }) => {
  test.setTimeout(150_000);
  const options = await OptionsPage.open(ext);
  await options.connect(demoToken);
  await expect(options.connection()).toContainText('Connected as');
  const popup = await openPopup(ext);
  const regions = popup.getByTestId('regions');
  await expect(regions.locator('tr[data-region]')).toHaveCount(2);
  const regionsBefore = (await regions.textContent()) ?? '';
  expect(regionsBefore).toContain('osc-fr1');
  // The regions show from the scan's first publication; revoke once the whole scan has ended
  // (Rescan is offered again), which Scalingo's rate limit may keep for most of a minute.
  await expect(popup.getByRole('button', { name: 'Rescan' })).toBeEnabled({ timeout: 70_000 });

  mock.revokeToken(demoToken);
  await popup.getByRole('button', { name: 'Rescan' }).click();
  await expect(popup.getByRole('alert')).toContainText('Token invalid or revoked');
  expect(await regions.textContent()).toBe(regionsBefore);
  await expect(popup.getByRole('button', { name: 'Open the settings' })).toBeVisible();
});
