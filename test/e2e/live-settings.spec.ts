import { expect, OptionsPage, test } from './fixtures';
import { connectedReview } from './review-helpers';

// A review tab stays open while the settings change in another: changes turned on, the language
// switched. The open page follows at once, without a reload.

test('turning changes on and switching the language reach an open review tab live', async ({ ext, demoToken }) => {
  const review = await connectedReview(ext, demoToken, false);
  const plan = review.getByTestId('plan');
  await expect(plan).toContainText('Read-only');

  const options = await OptionsPage.open(ext);
  await options.page.getByLabel('Allow role changes and removals from the review page').click();
  await expect(options.page.getByLabel('Allow role changes and removals from the review page')).toBeChecked();
  await expect(plan).not.toContainText('Read-only');

  const advanced = options.page.locator('form[aria-labelledby="advanced-title"]');
  await advanced.getByLabel('Language').selectOption('fr');
  await advanced.getByRole('button', { name: 'Save' }).click();
  await expect(review.getByRole('heading', { level: 1 })).toHaveText('Revue des accès');
});
