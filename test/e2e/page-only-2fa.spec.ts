import { readFileSync } from 'node:fs';
import { FIXTURES_DIR } from '../harness/routes';
import { expect, openPopup, test } from './fixtures';
import { appUrl, chipOf } from './dashboard-helpers';

// Without a token (page-only mode, production build): a collaborators page with a 2FA column of
// its own gives "no 2FA" findings in the popup and on the chips; a page without one gives
// "2FA unknown", never "missing", even for a person the API knows has none (gaelle). The 2FA
// page is a labelled shape variant (test/fixtures/dashboard/README.md), served at
// payments-secnum's own URL for this test only.

const VARIANT = `${FIXTURES_DIR}variants/app-collaborators-payments-secnum-2fa.html`;

test('page-only mode: a 2FA column gives "no 2FA" findings, a page without one "2FA unknown"', async ({
  ext,
  mock,
}) => {
  const secnum = appUrl('osc-secnum-fr1', 'payments-secnum');
  await ext.context.route(secnum, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(VARIANT) }),
  );
  const popup = await openPopup(ext);
  await popup.getByRole('button', { name: 'Try it without a token' }).click();

  const page = await ext.context.newPage();
  await page.goto(secnum);
  // farid's row says "Disabled" under "2FA": a full Collaborator without 2FA on a SecNumCloud app.
  await expect(chipOf(page, 'farid@acme.example')).toHaveText(/^P1 · Collaborator · no 2FA\b/, { timeout: 20_000 });
  await expect(chipOf(page, 'chloe@acme.example')).toHaveText(/^Collaborator · 2FA$/);

  await popup.reload();
  const top = popup.getByTestId('top-findings');
  const farid = top
    .locator('tbody tr')
    .filter({ has: popup.getByRole('rowheader', { name: 'farid@acme.example', exact: true }) });
  await expect(farid).toContainText('No 2FA', { timeout: 20_000 });
  await expect(farid.getByRole('button')).toHaveAttribute('title', 'farid@acme.example has no 2FA on payments-secnum');

  // marketing-site's page shows no 2FA: gaelle (no 2FA per the API) is "2FA unknown", no finding.
  await page.goto(appUrl('osc-fr1', 'marketing-site'));
  await expect(chipOf(page, 'gaelle@acme.example')).toHaveText(/^Limited · 2FA unknown$/, { timeout: 20_000 });
  await popup.reload();
  await expect(popup.getByTestId('pages-card')).toContainText('marketing-site', { timeout: 20_000 });
  await expect(top.locator('tbody tr').filter({ hasText: 'No 2FA' })).toHaveCount(1);
  await expect(top).not.toContainText('gaelle@acme.example has no 2FA');

  // Nothing reached Scalingo's API.
  expect(mock.log()).toEqual([]);
});
