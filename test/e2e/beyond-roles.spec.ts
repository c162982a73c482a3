import type { Page } from '@playwright/test';
import { appUrl, chipOf, connectedAndScanned } from './dashboard-helpers';
import { expect, openPopup, storedRecord, test, type OptionsPage } from './fixtures';

// The findings beyond roles on the demo account, in the production build: a chip on a review
// app's collaborators page and the popup opened from it, the token and SCM findings on the
// review page, the one-click alignment of the review apps with their parent (applied on the
// mock through the usual plan), their knobs in the settings, and the extension's own API token
// named in its finding, told by the exchange or marked by the user.

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

const RULES_BEYOND_ROLES = [
  'review-app-drift',
  'review-app-stale',
  'scm-auto-deploy',
  'scm-fork-review-apps',
  'scm-linker-gone',
  'api-token-unused',
  'api-token-old',
  'service-account-spread',
];

test('the demo account shows a card for each rule beyond roles, and the stale review app’s chip', async ({
  ext,
  demoToken,
}) => {
  await connectedAndScanned(ext, demoToken);
  const review = await ext.context.newPage();
  await review.goto(`${ext.pageUrl('review')}#view=cards`);
  for (const rule of RULES_BEYOND_ROLES)
    await expect(review.locator(`article[data-rule="${rule}"]`).first()).toBeVisible({ timeout: 15_000 });
  await expect(review.locator('article[data-rule="scm-auto-deploy"]')).toContainText('shop-api-production');
  await expect(review.locator('article[data-rule="service-account-spread"]')).toContainText('deploy-bot');
  // Dates read as words, never as the ISO values the rules store (issue #19).
  await expect(review.locator('article[data-rule="api-token-old"]').first()).toContainText(
    /Created on [A-Z][a-z]+ \d{1,2}, \d{4}/,
  );
  for (const text of await review.locator('article.finding .evidence').allTextContents())
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);

  // shop-frontend-pr7 is months old and its parent's link keeps stale review apps: its people go.
  const page = await ext.context.newPage();
  await page.goto(appUrl('osc-fr1', 'shop-frontend-pr7'));
  await expect(chipOf(page, 'bruno@acme.example')).toHaveText(/→ Remove$/, { timeout: 15_000 });
  await chipOf(page, 'bruno@acme.example').click();
  await expect(page.getByRole('group', { name: 'bruno' })).toContainText(
    'The SCM link of shop-frontend does not delete stale review apps.',
  );
  await expect(page.getByRole('group', { name: 'bruno' })).toContainText(/Created on [A-Z][a-z]+ \d{1,2}, \d{4}/);
  await expect(page.getByRole('group', { name: 'bruno' })).not.toContainText(/\d{4}-\d{2}-\d{2}/);
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
  await plan.getByRole('button', { name: 'Apply 4 changes' }).click();
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

test('the popup opened over a review app’s page puts that app’s findings first', async ({ ext, demoToken }) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.goto(appUrl('osc-fr1', 'shop-api-production-pr42'));
  const popup = await openPopup(ext);
  await page.bringToFront(); // the popup reads the active tab when it opens
  await popup.reload();
  const top = popup.getByTestId('top-findings');
  // The first line is about that app: named, or among the apps of a line "on N apps" (their names on hover).
  const firstApps = top.locator('tbody tr').first().locator('td').last();
  await expect(async () =>
    expect(`${await firstApps.textContent()} ${await firstApps.getAttribute('title')}`).toContain(
      'shop-api-production-pr42',
    ),
  ).toPass({ timeout: 15_000 });
  // One line per person: ines, on the review app only (her access the parent no longer gives).
  const ines = top.locator('tbody tr', { hasText: 'ines' });
  await expect(ines.locator('td').last()).toHaveText('shop-api-production-pr42');
});

test('the review page and the settings always show the token this extension uses, with no finding on it', async ({
  ext,
  demoToken,
}) => {
  const options = await connectedAndScanned(ext, demoToken);
  const line = /The token this extension uses: “access-review”, created on .+, last used on .+ \(today\)\./;
  await expect(options.connection().getByTestId('own-token')).toHaveText(line, { timeout: 15_000 });
  const review = await ext.context.newPage();
  await review.goto(`${ext.pageUrl('review')}#view=cards`);
  await expect(review.getByTestId('own-token')).toHaveText(line, { timeout: 15_000 });
  await expect(review.getByTestId('own-token')).toContainText('the only token exchanged in the last hour');
  await expect(tokenCard(review, 'access-review')).toHaveCount(0); // 80 days old: no finding, the line all the same
});

/** Sets the API tokens' maximum age in the settings' own form for the rules beyond roles. */
async function tokensOlderThan(options: OptionsPage, days: number) {
  const form = options.page.getByRole('form', { name: 'Review apps and API tokens' });
  await form.getByLabel('API tokens older than (days) are flagged for renewal').fill(String(days));
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved.');
}

const tokenCard = (review: Page, name: string) =>
  review.locator('article[data-rule="api-token-old"]').filter({ hasText: `API token “${name}”` });

test('a token age set in the settings flags the extension’s own token, named as such by its exchange', async ({
  ext,
  demoToken,
}) => {
  const options = await connectedAndScanned(ext, demoToken);
  const review = await ext.context.newPage();
  await review.goto(`${ext.pageUrl('review')}#view=cards`);
  await expect(tokenCard(review, 'ci-deploy')).toHaveCount(1, { timeout: 15_000 });
  await expect(tokenCard(review, 'access-review')).toHaveCount(0); // 80 days old: within the default year
  await tokensOlderThan(options, 60);
  const own = tokenCard(review, 'access-review');
  await expect(own.getByRole('heading')).toHaveText(/the one this extension uses, is \d+ days old/, {
    timeout: 15_000,
  });
  await expect(own).toContainText('the only one exchanged in the last hour');
  await expect(own).toContainText('Deleting it signs the extension out');
  await expect(own.getByRole('button', { name: /token this extension uses/ })).toHaveCount(0);
});

test('when another token was exchanged in the same hour, the user marks which one is the extension’s', async ({
  ext,
  mock,
  demoToken,
}) => {
  mock.state.tokens.find((t) => t.name === 'ci-deploy')!.last_used_at = new Date().toISOString();
  const options = await connectedAndScanned(ext, demoToken);
  await tokensOlderThan(options, 60);
  const review = await ext.context.newPage();
  await review.goto(`${ext.pageUrl('review')}#view=cards`);
  const own = tokenCard(review, 'access-review');
  await expect(own.getByRole('heading')).toHaveText(/^API token “access-review” is \d+ days old: renew it$/, {
    timeout: 15_000,
  });
  await expect(own).not.toContainText('this extension uses (');
  const line = review.getByTestId('own-token');
  await expect(line).toContainText('The token this extension uses is not known', { timeout: 15_000 });
  await own.getByRole('button', { name: 'This is the token this extension uses' }).click();
  await expect(own).toContainText('This is the token this extension uses (you marked it).', { timeout: 15_000 });
  await expect(line).toContainText('The token this extension uses: “access-review”', { timeout: 15_000 });
  await expect(line).toContainText('You marked it.');
  // The settings' connection section reads the same mark.
  await options.page.reload();
  await expect(options.connection().getByTestId('own-token')).toContainText(
    'The token this extension uses: “access-review”',
    { timeout: 15_000 },
  );
  await expect(own.getByRole('heading')).toContainText('the one this extension uses');
  await expect(tokenCard(review, 'ci-deploy')).not.toContainText('this extension uses (');
  const settings = (await storedRecord(ext, 'settings')) as { extensionTokenId?: string };
  expect(settings.extensionTokenId).toBe(mock.state.tokens.find((t) => t.name === 'access-review')!.id?.toLowerCase());
});
