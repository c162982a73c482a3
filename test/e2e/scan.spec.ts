import { expect, openPopup, OptionsPage, test } from './fixtures';

type Alarms = { alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> } };
const alarm = (ext: Parameters<Parameters<typeof test>[2]>[0]['ext']) =>
  ext.worker.evaluate(() => (globalThis as unknown as { chrome: Alarms }).chrome.alarms.get('scheduled-scan'));

test('a slow scan shows what it is doing and how far it is, and stops when asked', async ({ ext, mock, demoToken }) => {
  mock.setFaults({ latencyMs: 400 });
  const options = await OptionsPage.open(ext);
  await options.connect(demoToken);
  const popup = await openPopup(ext);
  const progress = popup.getByTestId('scan-progress');
  await expect(progress).toContainText(/of \d+ requests/);
  await popup.getByRole('button', { name: 'Stop the scan' }).click();
  await expect(popup.getByText('Scan stopped.')).toBeVisible();
  await expect(progress).toHaveCount(0);
  const sent = mock.log().length;
  await popup.waitForTimeout(1000);
  expect(mock.log().length).toBeLessThanOrEqual(sent + 4); // at most the requests already in flight
  await expect(popup.getByRole('button', { name: 'Rescan' })).toBeEnabled();
});

test('scans daily on its own by default; the schedule follows the setting and can be turned off', async ({
  ext,
  demoToken,
}) => {
  const options = await OptionsPage.open(ext);
  await options.connect(demoToken);
  await expect(options.connection()).toContainText('Connected as');
  await expect.poll(() => alarm(ext)).toMatchObject({ periodInMinutes: 1440 });
  await options.page.getByLabel('Scan automatically').selectOption({ label: 'Every 6 hours' });
  await options.page.getByRole('form', { name: 'Scans' }).getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => alarm(ext)).toMatchObject({ periodInMinutes: 360 });
  await options.page.getByLabel('Scan automatically').selectOption({ label: 'Never (only when I ask)' });
  await options.page.getByRole('form', { name: 'Scans' }).getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => alarm(ext)).toBeUndefined();
});

test('"rescan everything" reads every app’s activity again; a plain rescan does not', async ({
  ext,
  mock,
  demoToken,
}) => {
  // Three scans within a minute: the last one waits for Scalingo's rate limit (58 a minute).
  test.setTimeout(120_000);
  const options = await OptionsPage.open(ext);
  await options.connect(demoToken);
  await expect(options.connection()).toContainText('Connected as');
  const popup = await openPopup(ext);
  await expect(popup.getByText(/Last scan/)).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Rescan' })).toBeEnabled();
  const events = () => mock.log().filter((l) => l.path.endsWith('/events')).length;
  const cold = events();
  expect(cold).toBeGreaterThan(5);
  const scans = () => mock.log().filter((l) => l.path === '/v1/client/tfa').length;
  await popup.getByRole('button', { name: 'Rescan' }).click();
  await expect.poll(scans).toBe(2);
  await expect(popup.getByRole('button', { name: 'Rescan' })).toBeEnabled();
  expect(events()).toBe(cold);
  await options.page.getByRole('button', { name: /Rescan everything now/ }).click();
  await expect.poll(events, { timeout: 90_000 }).toBe(2 * cold);
});
