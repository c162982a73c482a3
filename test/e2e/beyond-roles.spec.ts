import { appUrl, chipOf, connectedAndScanned } from './dashboard-helpers';
import { expect, openPopup, test } from './fixtures';

// The findings beyond roles on the demo account, in the production build: a chip on a review
// app's collaborators page, the token and SCM findings on the review page, and the one-click
// alignment of the review apps with their parent, applied on the mock through the usual plan.

test('a review app’s page: chips say who the parent no longer grants, or grants as Limited', async ({
  ext,
  demoToken,
}) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.goto(appUrl('osc-fr1', 'shop-api-production-pr42'));
  await expect(chipOf(page, 'ines@acme.example')).toHaveText(/^P2 · Collaborator · .* → Remove$/);
  await chipOf(page, 'ines@acme.example').click();
  await expect(page.getByRole('group', { name: 'ines' })).toContainText(
    'No access to the parent app shop-api-production',
  );
  // hugo did nothing on the review app either: the chip shows the most urgent change, the panel both.
  await chipOf(page, 'hugo@acme.example').click();
  await expect(page.getByRole('group', { name: 'hugo' })).toContainText(
    'Limited Collaborator on the parent app shop-api-production, full Collaborator here',
  );
});

test('the review lists the token and SCM findings, and aligns the review apps in one plan', async ({
  ext,
  mock,
  demoToken,
}) => {
  const options = await connectedAndScanned(ext, demoToken);
  await options.page.getByLabel('Allow role changes and removals from the review page').click();
  await expect(options.page.getByLabel('Allow role changes and removals from the review page')).toBeChecked();
  const popup = await openPopup(ext);
  const [review] = await Promise.all([
    ext.context.waitForEvent('page'),
    popup.getByRole('button', { name: 'Open the full review' }).click(),
  ]);
  // Each finding's card (the table is the default view for an account this size).
  await review.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Cards' }).click();
  await expect(review.locator('article[data-rule="api-token-unused"]')).toHaveCount(2);
  await expect(review.getByText('API token “old-laptop” is not in use: delete it')).toBeVisible();
  await expect(review.locator('article[data-rule="scm-fork-review-apps"]')).toContainText('shop-frontend');
  await expect(review.locator('article[data-rule="scm-linker-gone"]')).toHaveCount(2);

  await review.getByRole('button', { name: 'Align the review apps with their parent (4)' }).click();
  const plan = review.getByTestId('plan');
  await plan.getByRole('button', { name: /Preview the 4 planned change/ }).click();
  await expect(plan.locator('code')).toHaveCount(4);
  await plan.getByLabel(/I have read these 4 call/).check();
  await plan.getByRole('button', { name: 'Apply 4 change(s)' }).click();
  await expect(plan.locator('li[data-status="done"]')).toHaveCount(4);

  const app = (name: string) => mock.state.apps.find((a) => a.app.name === name);
  const people = (name: string) => app(name)!.collaborators.map((c) => `${c.email}${c.is_limited ? ' (limited)' : ''}`);
  expect(people('shop-api-production-pr42').sort()).toEqual([
    'bruno@acme.example',
    'chloe@acme.example',
    'hugo@acme.example (limited)',
  ]);
  expect(people('shop-frontend-pr7')).toEqual([]);
  expect(app('shop-frontend-pr7')).toBeDefined(); // the app itself is never deleted
  expect(people('shop-api-production')).toContain('hugo@acme.example (limited)');
});
