import { RECORDS } from '../../lib/storage/records';
import { connectedAndScanned } from './dashboard-helpers';
import { expect, openPopup, putStoredRecord, storageDump, storedKeys, storedRecord, test } from './fixtures';

// "Forget everything" in the settings: after a confirmation, every stored item is gone (not only
// the token), the settings say so, and the popup is back to its first run.

/** Every record the extension keeps (lib/storage/records.ts) but the layout marker, which says the data is current. */
const KEYS = Object.values(RECORDS).filter((k) => k !== RECORDS.layout);

test('forget everything removes every stored item after a confirmation, and says it is done', async ({
  ext,
  demoToken,
}) => {
  const options = await connectedAndScanned(ext, demoToken);
  // Connected, the form is folded away: "Replace token" opens it to remember the token this time.
  await options.page.getByRole('button', { name: 'Replace token' }).click();
  await options.connect(demoToken, true);
  await expect(options.connection()).toContainText('Connected as');
  await options.page.getByLabel('Allow role changes and removals from the review page').click();
  await expect(options.page.getByLabel('Allow role changes and removals from the review page')).toBeChecked(); // once the save answers
  expect(await storedRecord(ext, 'sealedApiToken')).toBeTruthy();
  expect(await storedKeys(ext, 'keys')).toHaveLength(1); // the key that seals the token
  await putStoredRecord(ext, RECORDS.notices, ['notice.authUrlDropped']); // as an upgrade leaves it

  await options.page.getByRole('button', { name: 'Forget everything…' }).click();
  await options.page.getByRole('button', { name: 'Cancel' }).click();
  expect(await storedRecord(ext, 'snapshot')).toBeTruthy();

  await options.page.getByRole('button', { name: 'Forget everything…' }).click();
  await options.page.getByRole('button', { name: 'Yes, forget everything' }).click();
  await expect(options.page.getByRole('status').filter({ hasText: 'Everything was forgotten' })).toBeVisible();
  await expect(options.connection()).toContainText('Not connected.');
  await expect(options.page.getByLabel('Allow role changes and removals from the review page')).not.toBeChecked();

  for (const key of KEYS) expect(await storedRecord(ext, key), key).toBeUndefined();
  expect(await storedKeys(ext, 'data')).toEqual([RECORDS.layout]);
  expect(await storedKeys(ext, 'keys')).toEqual([]);
  expect(await storageDump(ext, 'local')).toEqual({});
  expect(await storageDump(ext, 'session')).toEqual({});
  const popup = await openPopup(ext);
  await expect(popup.getByTestId('onboarding')).toBeVisible();
});
