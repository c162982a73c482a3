import { expect, openPopup, OptionsPage, test } from './fixtures';

type ActionApi = { action: { getBadgeText(details: object): Promise<string> } };

test('after the scan, the popup shows the review’s score and urgent findings, and the toolbar badge counts them', async ({
  ext,
  demoToken,
}) => {
  const options = await OptionsPage.open(ext);
  await options.connect(demoToken);
  const popup = await openPopup(ext);
  const card = popup.getByTestId('review-summary');
  // Findings show while the scan reads (they may still change): count once it has ended.
  await expect(popup.getByText(/Last scan/)).toBeVisible();
  await expect(popup.getByTestId('scan-progress')).toHaveCount(0);
  await expect(card).toContainText(/Score \d+\/100/);
  const p1 = Number((await card.locator('[data-priority="P1"]').textContent())?.split(':')[1]);
  const p2 = Number((await card.locator('[data-priority="P2"]').textContent())?.split(':')[1]);
  expect(p1).toBeGreaterThan(0); // a full collaborator without 2FA on a SecNumCloud app
  const badge = () =>
    ext.worker.evaluate(() => (globalThis as unknown as { chrome: ActionApi }).chrome.action.getBadgeText({}));
  await expect.poll(badge).toBe(String(p1 + p2));
});

test('signing out clears the badge', async ({ ext, demoToken }) => {
  const options = await OptionsPage.open(ext);
  await options.connect(demoToken);
  const badge = () =>
    ext.worker.evaluate(() => (globalThis as unknown as { chrome: ActionApi }).chrome.action.getBadgeText({}));
  await expect.poll(badge).not.toBe('');
  await options.page.getByRole('button', { name: /Sign out/ }).click();
  await expect.poll(badge).toBe('');
});
