import type { Page } from '@playwright/test';
import type { MockScalingo } from '../mock-scalingo/server';
import { expect, OptionsPage, storedRecord, test } from './fixtures';

// Someone changes a role on Scalingo's dashboard while the review is open: between the scan and
// the apply, or between a change and its undo. Every write reads the collaboration first and is
// refused, saying why, when it is not what the plan (or the change) expects; an undo shows its
// exact call and waits for a confirmation; a removal undone is an invitation, pending.

const entry = (mock: MockScalingo, app: string, email: string) =>
  mock.state.apps.find((a) => a.app.name === app)!.collaborators.find((c) => c.email === email);
const writes = (mock: MockScalingo) =>
  mock.log().filter((l) => l.method !== 'GET' && l.path.includes('/collaborators'));

async function reviewWithChangesOn(
  ext: Parameters<Parameters<typeof test>[2]>[0]['ext'],
  token: string,
): Promise<Page> {
  const options = await OptionsPage.open(ext);
  await options.connect(token);
  await expect(options.connection()).toContainText('Connected as');
  await options.page.getByLabel('Allow role changes and removals from the review page').click();
  await expect(options.page.getByLabel('Allow role changes and removals from the review page')).toBeChecked(); // once the save answers
  await expect.poll(async () => (await storedRecord(ext, 'reviewDigest')) ?? null, { timeout: 15_000 }).not.toBeNull();
  const review = await ext.context.newPage();
  await review.goto(ext.pageUrl('review') + '#view=cards');
  await expect(review.getByRole('heading', { name: 'Access review' })).toBeVisible();
  return review;
}

async function decide(page: Page, rule: string, app: string, email: string, choice: string) {
  const card = page
    .locator(`article[data-rule="${rule}"]`)
    .filter({ hasText: `${email.split('@')[0]} ` })
    .filter({ hasText: app })
    .first();
  await card.getByLabel(choice).check();
  await card.getByRole('button', { name: 'Save the decision' }).click();
  await expect(card.getByRole('status')).toContainText('Decided');
}

async function applyPlan(page: Page, count: number) {
  const plan = page.getByTestId('plan');
  await plan.getByRole('button', { name: new RegExp(`Preview the ${count} planned change`) }).click();
  await expect(plan.locator('.plan-items code')).toHaveCount(count);
  return async () => {
    await plan.getByLabel(new RegExp(`I have read these ${count} call`)).check();
    await plan.getByRole('button', { name: `Apply ${count} ${count === 1 ? 'change' : 'changes'}` }).click();
  };
}

test('roles changed behind the extension’s back after the scan: the plan is refused with why, and nobody ends up with full access', async ({
  ext,
  mock,
  demoToken,
}) => {
  const review = await reviewWithChangesOn(ext, demoToken);
  await decide(review, 'unused-full-access', 'shop-api-staging', 'bruno@acme.example', 'Downgrade to Limited');
  await decide(review, 'external-domain', 'shop-frontend', 'max@pixel-agency.example', 'Revoke access');
  const confirm = await applyPlan(review, 2);
  // Made Limited on the dashboard, in another tab, after the scan.
  entry(mock, 'shop-api-staging', 'bruno@acme.example')!.is_limited = true;
  entry(mock, 'shop-frontend', 'max@pixel-agency.example')!.is_limited = true;
  mock.clearLog();
  await confirm();

  const plan = review.getByTestId('plan');
  await expect(plan.locator('li[data-status="failed"]')).toHaveCount(2);
  await expect(plan.locator('li[data-status="failed"]').first()).toContainText(
    'Not sent: Scalingo now shows Limited, the plan expected Collaborator',
  );
  await expect(plan.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  expect(writes(mock)).toEqual([]);
  expect(entry(mock, 'shop-api-staging', 'bruno@acme.example')).toMatchObject({ is_limited: true, status: 'accepted' });
  expect(entry(mock, 'shop-frontend', 'max@pixel-agency.example')).toMatchObject({
    is_limited: true,
    status: 'accepted',
  });
});

test('undo shows its exact call, is confirmed, re-invites with the role read before the removal as pending, and is refused once the role moved', async ({
  ext,
  mock,
  demoToken,
}) => {
  test.setTimeout(200_000);
  const review = await reviewWithChangesOn(ext, demoToken);
  await decide(review, 'missing-2fa', 'marketing-site', 'gaelle@acme.example', 'Revoke access');
  await decide(review, 'unused-full-access', 'shop-api-staging', 'bruno@acme.example', 'Downgrade to Limited');
  await (
    await applyPlan(review, 2)
  )();
  const plan = review.getByTestId('plan');
  await expect(plan.locator('li[data-status="done"]')).toHaveCount(2);
  expect(entry(mock, 'marketing-site', 'gaelle@acme.example')).toBeUndefined();

  // Undoing the removal: the call is shown, nothing is sent before the confirmation.
  const gaelle = plan.locator('.results li').filter({ hasText: 'gaelle' });
  mock.clearLog();
  await gaelle.getByRole('button', { name: 'Undo' }).click();
  const undo = gaelle.getByTestId('undo-confirm');
  await expect(undo.locator('code')).toHaveText(
    /^POST \/v1\/apps\/[^ ]+\/collaborators \{"collaborator":\{"email":"gaelle@acme\.example","is_limited":true\}\}$/,
  );
  await expect(undo.getByRole('button', { name: 'Send the undo' })).toBeDisabled();
  expect(writes(mock)).toEqual([]);
  await undo.getByLabel('I have read this call and want Scalingo to apply it').check();
  await undo.getByRole('button', { name: 'Send the undo' }).click();
  // The scan and the reads around each write have used Scalingo's rate limit: this may wait its turn.
  await expect(plan.locator('li[data-status="pending"]')).toContainText('Invited again, pending', { timeout: 70_000 });
  await expect(plan.locator('li[data-status="pending"]')).not.toContainText('verified');
  expect(entry(mock, 'marketing-site', 'gaelle@acme.example')).toMatchObject({ is_limited: true, status: 'pending' });

  // Meanwhile bruno is removed on the dashboard: the undo of his downgrade no longer finds what
  // the downgrade left, and is refused.
  const app = mock.state.apps.find((a) => a.app.name === 'shop-api-staging')!;
  app.collaborators = app.collaborators.filter((c) => c.email !== 'bruno@acme.example');
  mock.clearLog();
  const bruno = plan.locator('li[data-status="done"]').filter({ hasText: 'bruno' });
  await bruno.getByRole('button', { name: 'Undo' }).click();
  await expect(bruno.getByTestId('undo-confirm').locator('code')).toContainText('"is_limited":false');
  await bruno.getByLabel('I have read this call and want Scalingo to apply it').check();
  await bruno.getByRole('button', { name: 'Send the undo' }).click();
  // The rescans after each write have used Scalingo's rate limit (58 a minute): this read may wait its turn.
  await expect(plan.locator('li[data-status="failed"]')).toContainText(
    'Not sent: Scalingo now shows no access, no longer what the change left (Limited).',
    { timeout: 60_000 },
  );
  expect(writes(mock)).toEqual([]);
  expect(app.collaborators.some((c) => c.email === 'bruno@acme.example')).toBe(false);
});
