import { launchWithExtension } from '../harness/launch';
import { expect, test } from './fixtures';
import { connectedReview, decide, downloaded } from './review-helpers';

// An owner moves to another browser: in the first, a review is completed and history, policy and
// decisions are exported to one file; in a fresh browser (never connected), the file is imported
// from the history page, previewed first, and the completed review is there, the same bytes.

test('export history and decisions in one browser, import them in a fresh one', async ({ ext, demoToken }) => {
  const review = await connectedReview(ext, demoToken, false);
  await decide(review, 'missing-2fa', 'marketing-site', 'gaelle@acme.example', 'Keep as is', 'contracted until March');
  await review.getByRole('button', { name: /Complete the review/ }).click();
  await review.getByTestId('complete-confirm').getByRole('button', { name: 'Complete now' }).click();
  const [history] = await Promise.all([
    ext.context.waitForEvent('page'),
    review.getByTestId('completed').getByRole('link', { name: 'Open it in the history' }).click(),
  ]);
  const entry = history.locator('article[data-review]');
  await expect(entry).toHaveCount(1, { timeout: 20_000 });
  const sha = (await entry.getByTestId('sha256').textContent())!.trim();
  const md = await downloaded(history, entry.getByRole('button', { name: /Markdown/ }));
  const [file] = await Promise.all([
    history.waitForEvent('download'),
    history.getByRole('button', { name: 'Export history, policy and decisions' }).click(),
  ]);
  const path = await file.path();

  const other = await launchWithExtension();
  try {
    const page = await other.context.newPage();
    await page.goto(other.pageUrl('history'));
    await expect(page.getByText('No completed review yet')).toBeVisible({ timeout: 20_000 });
    await page.getByLabel('File to import').setInputFiles(path);
    const preview = page.getByTestId('transfer-preview');
    await expect(preview).toContainText('Completed reviews to add: 1; already here: 0', { timeout: 20_000 });
    await expect(page.locator('article[data-review]')).toHaveCount(0); // previewed: nothing changed yet
    await preview.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported: completed reviews: 1' })).toBeVisible({
      timeout: 20_000,
    });
    await page.reload();
    const there = page.locator('article[data-review]');
    await expect(there).toHaveCount(1, { timeout: 20_000 });
    await expect(there.getByTestId('sha256')).toHaveText(sha);
    expect(await downloaded(page, there.getByRole('button', { name: /Markdown/ }))).toBe(md);
    // The keep came along: the trusted state of the new browser holds it.
    const again = await downloaded(page, page.getByRole('button', { name: 'Export history, policy and decisions' }));
    expect(again).toContain('contracted until March');
    expect(again).toContain('"kind": "kept"');
  } finally {
    await other.context.close();
  }
});
