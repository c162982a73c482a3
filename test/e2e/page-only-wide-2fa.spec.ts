import { readFileSync } from 'node:fs';
import { FIXTURES_DIR } from '../harness/routes';
import { expect, openPopup, test } from './fixtures';
import { appUrl, chipOf } from './dashboard-helpers';

// Without a token (page-only mode, production build): payments-secnum's own page shows 2FA (farid:
// Disabled, chloe: Enabled); the account-wide /collaborators page, visited next, lists the same
// people with no 2FA. What it does not show must not erase what the app's page showed: farid stays
// "no 2FA" (P1 on a SecNumCloud app), never nothing and never "2FA unknown", and chloe keeps her 2FA.
// Both pages are labelled shape variants (test/fixtures/dashboard/README.md), served for this test only.

const WIDE = 'https://dashboard.scalingo.com/collaborators';
const page2fa = readFileSync(`${FIXTURES_DIR}variants/app-collaborators-payments-secnum-2fa.html`);
const wide = readFileSync(`${FIXTURES_DIR}variants/collaborators-payments-secnum.html`);

test('page-only mode: the account-wide page, visited after an app page showing 2FA, keeps its 2FA', async ({
  ext,
  mock,
}) => {
  const secnum = appUrl('osc-secnum-fr1', 'payments-secnum');
  const html = (body: Buffer) => ({ status: 200, contentType: 'text/html; charset=utf-8', body });
  await ext.context.route(secnum, (route) => route.fulfill(html(page2fa)));
  await ext.context.route(WIDE, (route) => route.fulfill(html(wide)));
  const popup = await openPopup(ext);
  await popup.getByRole('button', { name: 'Try it without a token' }).click();

  const page = await ext.context.newPage();
  await page.goto(secnum);
  await expect(chipOf(page, 'farid@acme.example')).toHaveText(/^P1 · Collaborator · no 2FA\b/, { timeout: 20_000 });

  await page.goto(WIDE);
  // The account-wide page was read: its other apps are listed in the popup.
  await popup.reload();
  await expect(popup.getByTestId('pages-card')).toContainText('billing-api-prod', { timeout: 20_000 });
  // Its chips, drawn from the pages' review after that reading, still say what the app's page showed.
  const group = page.locator('section').filter({ has: page.getByRole('heading', { name: 'payments-secnum' }) });
  await expect(group.locator('li').filter({ hasText: 'farid@acme.example' }).locator('sar-badge .chip')).toHaveText(
    /^P1 · Collaborator · no 2FA\b/,
    { timeout: 20_000 },
  );
  await expect(group.locator('li').filter({ hasText: 'chloe@acme.example' }).locator('sar-badge .chip')).toHaveText(
    /^Collaborator · 2FA$/,
  );

  // The popup keeps the finding, and the review page too, never as "2FA unknown".
  const top = popup.getByTestId('top-findings');
  const farid = top
    .locator('tbody tr')
    .filter({ has: popup.getByRole('rowheader', { name: 'farid@acme.example', exact: true }) });
  await expect(farid).toContainText('No 2FA');
  await expect(farid.getByRole('button')).toHaveAttribute('title', 'farid@acme.example has no 2FA on payments-secnum');
  const review = await ext.context.newPage();
  await review.goto(ext.pageUrl('review'));
  await expect(review.getByText('farid@acme.example has no 2FA on payments-secnum')).toBeVisible({ timeout: 15_000 });

  expect(mock.log()).toEqual([]);
});
