import { expectedCounts, demoUser } from './expected';
import { clearStorage, expect, openPopup, OptionsPage, storageDump, storedRecord, test } from './fixtures';

test('an owner pastes a token and sees who is connected and the apps and collaborators of each region', async ({
  ext,
  mock,
  demoToken,
}) => {
  const options = await OptionsPage.open(ext);
  await options.connect(demoToken);
  const { user, tfa } = demoUser(mock);
  await expect(options.connection()).toContainText(`Connected as ${user.username} (${user.email})`);

  const popup = await openPopup(ext);
  await expect(popup.getByTestId('connection')).toContainText(user.email);
  await expect(popup.getByTestId('connection')).toContainText(tfa.enabled ? '2FA on' : '2FA off');
  const counts = expectedCounts(mock, user.id);
  for (const [region, { apps, collaborators }] of Object.entries(counts)) {
    const cells = popup.getByTestId('regions').locator(`tr[data-region="${region}"] td`);
    await expect(cells).toHaveText([String(apps), String(collaborators)]);
  }
  expect(Object.keys(counts)).toEqual(expect.arrayContaining(['osc-fr1', 'osc-secnum-fr1']));
});

test('the remembered token is sealed, out of the content script’s reach', async ({ ext, demoToken }) => {
  const options = await OptionsPage.open(ext);
  await options.connect(demoToken, true);
  await expect(options.connection()).toContainText('Connected as');
  // Sealed, and in the extension's IndexedDB: nothing in storage.local, which content scripts reach.
  expect(await storageDump(ext, 'local')).toEqual({});
  const sealed = await storedRecord(ext, 'sealedApiToken');
  expect(sealed).toEqual({ iv: expect.any(String), data: expect.any(String) });
  expect(JSON.stringify(sealed)).not.toContain(demoToken);
});

test('a rescan after the browser session ends still works with a remembered token', async ({ ext, demoToken }) => {
  const options = await OptionsPage.open(ext);
  await options.connect(demoToken, true);
  await expect(options.connection()).toContainText('Connected as');
  await clearStorage(ext, 'session');
  const popup = await openPopup(ext);
  await popup.getByRole('button', { name: 'Rescan' }).click();
  await expect(popup.getByRole('button', { name: 'Rescan' })).toBeEnabled();
  await expect(popup.getByRole('alert')).toHaveCount(0);
  await expect(popup.getByText(/Last scan/)).toBeVisible();
});
