import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openPopup, OptionsPage, test } from './fixtures';

// What an owner does in a quick access review: first run, scan, review, downgrade two people
// in one plan, check Scalingo agrees, undo one, export the evidence pack.

const roleOnMock = (mock: Parameters<Parameters<typeof test>[2]>[0]['mock'], app: string, email: string) => {
  const c = mock.state.apps.find((a) => a.app.name === app)!.collaborators.find((x) => x.email === email);
  return c ? (c.is_limited ? 'limited' : 'collaborator') : 'none';
};

async function decide(page: Page, rule: string, email: string, choice: string) {
  const card = page
    .locator(`article[data-rule="${rule}"]`)
    .filter({ hasText: email.split('@')[0]! })
    .first();
  await card.getByLabel(choice).check();
  await card.getByRole('button', { name: 'Save the decision' }).click();
  await expect(card.getByRole('status')).toContainText('Decided');
}

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${String(v.nodes[0]?.target)}`);
}

test('onboarding → scan → review → downgrade two in one plan → verified on Scalingo → undo one → evidence pack', async ({
  ext,
  mock,
  demoToken,
}) => {
  // The whole story sends more than one minute's worth of Scalingo's rate limit (the scan, the
  // reads before and after each write, the rescan): the undo may wait for the next minute.
  test.setTimeout(150_000);
  const first = await openPopup(ext);
  await expect(first.getByTestId('onboarding')).toContainText('carries every right');
  expect(await seriousViolations(first)).toEqual([]);

  const options = await OptionsPage.open(ext);
  await options.connect(demoToken);
  await expect(options.connection()).toContainText('Connected as');
  await options.page.getByLabel('Allow role changes and removals from the review page').click();
  await expect(options.page.getByLabel('Allow role changes and removals from the review page')).toBeChecked(); // once the save answers
  expect(await seriousViolations(options.page)).toEqual([]);

  const popup = await openPopup(ext);
  await expect(popup.getByTestId('top-findings').locator('tbody tr')).toHaveCount(5);
  expect(await seriousViolations(popup)).toEqual([]);
  const [review] = await Promise.all([
    ext.context.waitForEvent('page'),
    popup.getByRole('button', { name: 'Open the full review' }).click(),
  ]);
  await expect(review.getByRole('heading', { name: 'Access review' })).toBeVisible();
  expect(await seriousViolations(review)).toEqual([]);
  // The demo's findings open in the table; this story decides card by card.
  await review.getByRole('button', { name: 'Cards' }).click();

  await decide(review, 'unused-full-access', 'bruno@acme.example', 'Downgrade to Limited');
  await decide(review, 'external-domain', 'max@pixel-agency.example', 'Downgrade to Limited');
  const plan = review.getByTestId('plan');
  await plan.getByRole('button', { name: /Preview the 2 planned change/ }).click();
  await expect(plan.locator('code')).toHaveCount(2);
  await expect(plan.locator('code').first()).toContainText('PATCH /v1/apps/');
  await expect(plan.locator('code').first()).toContainText('"is_limited":true');
  await plan.getByLabel(/I have read these 2 call/).check();
  await plan.getByRole('button', { name: 'Apply 2 changes' }).click();
  await expect(plan.locator('li[data-status="done"]')).toHaveCount(2);
  const brunoApp = mock.state.apps.find((a) =>
    a.collaborators.some((c) => c.email === 'bruno@acme.example' && c.is_limited),
  )!.app.name;
  expect(roleOnMock(mock, brunoApp, 'bruno@acme.example')).toBe('limited');
  expect(
    mock.state.apps.some((a) => a.collaborators.some((c) => c.email === 'max@pixel-agency.example' && c.is_limited)),
  ).toBe(true);

  const bruno = plan.locator('li[data-status="done"]').filter({ hasText: 'bruno' });
  await bruno.getByRole('button', { name: 'Undo' }).click();
  await expect(bruno.getByTestId('undo-confirm').locator('code')).toContainText('"is_limited":false');
  await bruno.getByLabel('I have read this call and want Scalingo to apply it').check();
  await bruno.getByRole('button', { name: 'Send the undo' }).click();
  await expect(plan.getByText('undone')).toBeVisible({ timeout: 70_000 });
  expect(roleOnMock(mock, brunoApp, 'bruno@acme.example')).toBe('collaborator');

  const [download] = await Promise.all([
    review.waitForEvent('download'),
    review.getByRole('button', { name: /evidence pack/ }).click(),
  ]);
  const pack = readFileSync(await download.path(), 'utf8');
  expect(pack).toContain('# Access review');
  expect(pack).toContain('alice@acme.example');
  expect(pack).toMatch(/max@pixel-agency\.example/);
  expect(pack).toMatch(/bruno@acme\.example/);
  expect(pack).toMatch(/Changes applied/);
});
