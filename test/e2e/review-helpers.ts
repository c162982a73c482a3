import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, OptionsPage, storedRecord, type test } from './fixtures';

// Steps of a review as a person takes them: connect with changes on, decide on a card, apply
// the plan, complete the review, download an export. Shared by the history and lasting-decision specs.

type Ext = Parameters<Parameters<typeof test>[2]>[0]['ext'];

export async function connectedReview(ext: Ext, token: string, changesOn = true): Promise<Page> {
  const options = await OptionsPage.open(ext);
  await options.connect(token);
  await expect(options.connection()).toContainText('Connected as');
  if (changesOn) {
    await options.page.getByLabel('Allow role changes and removals from the review page').click();
    await expect(options.page.getByLabel('Allow role changes and removals from the review page')).toBeChecked();
  }
  await expect.poll(async () => (await storedRecord(ext, 'reviewDigest')) ?? null, { timeout: 15_000 }).not.toBeNull();
  await options.page.close();
  const review = await ext.context.newPage();
  await review.goto(ext.pageUrl('review') + '#view=cards'); // decisions are taken on the cards here
  await expect(review.getByRole('heading', { name: 'Access review' })).toBeVisible();
  return review;
}

/** The card of one finding: its rule, the person's name and the app. */
export const card = (page: Page, rule: string, app: string, email: string) =>
  page
    .locator(`article[data-rule="${rule}"]`)
    .filter({ hasText: `${email.split('@')[0]} ` })
    .filter({ hasText: app })
    .first();

export async function decide(page: Page, rule: string, app: string, email: string, choice: string, why = '') {
  const c = card(page, rule, app, email);
  await c.getByLabel(choice).check();
  if (why) await c.getByLabel('Why (required)').fill(why);
  await c.getByRole('button', { name: 'Save the decision' }).click();
  await expect(c.getByRole('status')).toContainText('Decided');
}

export async function applyPlan(page: Page, count: number) {
  const plan = page.getByTestId('plan');
  await plan.getByRole('button', { name: new RegExp(`Preview the ${count} planned change`) }).click();
  await expect(plan.locator('.plan-items code')).toHaveCount(count);
  await plan.getByLabel(new RegExp(`I have read these ${count} call`)).check();
  await plan.getByRole('button', { name: `Apply ${count} ${count === 1 ? 'change' : 'changes'}` }).click();
  await expect(plan.locator('.results li')).toHaveCount(count);
}

/** Clicks `button` on `page` and returns the text of the file it downloads. */
export async function downloaded(page: Page, button: ReturnType<Page['getByRole']>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFileSync(await file.path(), 'utf8');
}
