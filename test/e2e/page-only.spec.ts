import { expect, openPopup, test } from './fixtures';
import { appUrl, chipOf } from './dashboard-helpers';

// Without a token: a fresh install, page-only mode chosen at onboarding, the demo's dashboard
// pages visited in Chromium (served at the real dashboard URLs). The popup, the toolbar's review
// and the chips show what those pages support; nothing reaches Scalingo's API.

const WIDE = 'https://dashboard.scalingo.com/collaborators';

test('page-only mode: the account-wide page gives the popup its findings and each person a chip', async ({
  ext,
  mock,
}) => {
  const popup = await openPopup(ext);
  await expect(popup.getByTestId('onboarding')).toContainText('Try it without a token');
  await popup.getByRole('button', { name: 'Try it without a token' }).click();
  await expect(popup.getByTestId('pages-card')).toContainText('No collaborators page read yet');
  await expect(popup.getByRole('link', { name: /dashboard\.scalingo\.com\/collaborators/ })).toHaveAttribute(
    'href',
    WIDE,
  );

  const page = await ext.context.newPage();
  await page.goto(WIDE);
  // External full access, on every app the page shows the person under.
  // The page has no 2FA column: every chip says "2FA unknown", never nothing, never "no 2FA".
  await expect(chipOf(page, 'lea.dev.freelance@gmail.com')).toHaveText(/^P2 · Collaborator · 2FA unknown · → Limited$/);
  await expect(chipOf(page, 'max@pixel-agency.example')).toHaveText(/^P2 · Collaborator · 2FA unknown · → Limited$/);
  await expect(chipOf(page, 'gaelle@acme.example').first()).toHaveText(/^Limited · 2FA unknown$/);
  await expect(page.locator('sar-banner')).toContainText('Page-only (no token)');
  // A screen reader hears what the chip shows, then where it comes from, as the banner says it.
  await expect(chipOf(page, 'max@pixel-agency.example')).toHaveAccessibleName(
    'P2 · Collaborator · 2FA unknown · → Limited · Page-only: from the pages you visited, no token',
  );

  await popup.reload();
  await expect(popup.getByTestId('pages-card')).toContainText('billing-api-prod');
  await expect(popup.getByTestId('pages-card')).toContainText('marketing-site');
  const top = popup.getByTestId('top-findings');
  // One line per person: who, what in words, where; the full title on the finding's button.
  for (const who of ['lea.dev.freelance@gmail.com', 'max@pixel-agency.example']) {
    const line = top.locator('tbody tr').filter({ has: popup.getByRole('rowheader', { name: who, exact: true }) });
    await expect(line).toContainText('Outside the team');
    await expect(line.getByRole('button')).toHaveAttribute(
      'title',
      `${who} has full access to marketing-site from outside the team`,
    );
  }
  await expect(popup.getByText('Connect a token to see who used their full access')).toBeVisible();

  // An app's own page shows invitations: the pending one gets its finding, at P4 (the page shows no date).
  await page.goto(appUrl('osc-fr1', 'shop-api-staging'));
  await expect(chipOf(page, 'nina@acme.example')).toHaveText(/^P4 · Collaborator · invitation pending · → Remove$/);

  // shop-frontend's page shows six full collaborators: too many for the default profile (4).
  await page.goto(appUrl('osc-fr1', 'shop-frontend'));
  await expect(page.locator('sar-banner')).toContainText('shop-frontend: 3 open findings, 2 × P2, 1 × P3', {
    timeout: 15_000,
  });
  // Each of the six is told beside them (the banner above counts the finding once).
  await expect(chipOf(page, 'emma@acme.example')).toHaveText(/^P3 · Collaborator · 2FA unknown · → Review$/);

  const review = await ext.context.newPage();
  await review.goto(ext.pageUrl('review'));
  await expect(review.getByTestId('pages-banner')).toContainText('Page-only');
  await expect(review.getByText('Invitation for nina@acme.example to shop-api-staging still pending')).toBeVisible();
  await expect(review.getByText('shop-frontend has 6 full Collaborators')).toBeVisible();
  // Page findings are advice: no decision or completion is offered on them.
  await expect(review.locator('.complete-review')).toBeHidden();
  await expect(review.locator('form.decision').first()).toBeHidden();

  // The account-wide page grouped by person, read last, lists three people and no owner: it adds
  // to what the other pages showed, it does not replace it (issue #21).
  await page.goto(`${WIDE}?group=person`);
  await expect(chipOf(page, 'max@pixel-agency.example').first()).toBeVisible({ timeout: 15_000 });
  // People are named as shop-frontend's cards name them (their usernames), on every app, as a
  // token's review names them; the pages that show no name do not erase it.
  await review.reload();
  await expect(review.getByText('shop-frontend has 6 full Collaborators')).toBeVisible({ timeout: 15_000 });
  await expect(
    review.getByText('max-pixel (max@pixel-agency.example) has full access to shop-frontend from outside the team'),
  ).toBeVisible();
  await expect(
    review.getByText(
      'lea-freelance (lea.dev.freelance@gmail.com) has full access to marketing-site from outside the team',
    ),
  ).toBeVisible();

  // No request to Scalingo in this mode.
  expect(mock.log()).toEqual([]);
});

test('page-only mode: the account-wide page grouped by person, visited alone, lists its apps and people', async ({
  ext,
  mock,
}) => {
  const popup = await openPopup(ext);
  await popup.getByRole('button', { name: 'Try it without a token' }).click();
  const page = await ext.context.newPage();
  await page.goto(`${WIDE}?group=person`);
  // Grouped by person, a chip sums the person's apps: gaelle is limited on her one app.
  await expect(chipOf(page, 'gaelle@acme.example')).toHaveText('1 app, 0 with full access · 2FA unknown', {
    timeout: 15_000,
  });
  await popup.reload();
  for (const app of ['shop-frontend', 'marketing-site', 'payments-secnum'])
    await expect(popup.getByTestId('pages-card')).toContainText(app);
  expect(mock.log()).toEqual([]);
});

test('page-only mode is never on by itself: without choosing it, a visited page gives no review', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(WIDE);
  await expect(page.getByText('max@pixel-agency.example')).toBeVisible();
  const popup = await openPopup(ext);
  await expect(popup.getByTestId('onboarding')).toBeVisible();
  await expect(popup.getByTestId('pages-card')).toHaveCount(0);
  await expect(popup.getByTestId('top-findings')).toHaveCount(0);
});
