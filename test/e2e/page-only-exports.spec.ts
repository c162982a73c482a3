import { readFileSync } from 'node:fs';
import { expect, openPopup, test } from './fixtures';
import { appUrl, chipOf } from './dashboard-helpers';
import { downloaded } from './review-helpers';

// Issue #21's "Done when", on a fresh install with no token: page-only mode chosen in the popup,
// the demo's pages visited (the account-wide one the popup invites to, then marketing-site's own
// page, which shows names), and the review page's three exports each say where the data came
// from: the dashboard pages visited, not Scalingo's API. People are named as the pages name them.

const WIDE = 'https://dashboard.scalingo.com/collaborators';

test('page-only mode: every export of the review says it comes from the dashboard pages visited', async ({
  ext,
  mock,
}) => {
  const popup = await openPopup(ext);
  await popup.getByRole('button', { name: 'Try it without a token' }).click();
  const invite = popup.getByRole('link', { name: /dashboard\.scalingo\.com\/collaborators/ });
  await expect(invite).toHaveAttribute('href', WIDE);

  const page = await ext.context.newPage();
  await page.goto(WIDE);
  await expect(chipOf(page, 'max@pixel-agency.example')).toHaveText(/^P2 · Collaborator/, { timeout: 20_000 });
  await page.goto(appUrl('osc-fr1', 'marketing-site'));
  await expect(chipOf(page, 'max@pixel-agency.example')).toHaveText(/^P2 · Collaborator/, { timeout: 20_000 });

  const review = await ext.context.newPage();
  await review.goto(ext.pageUrl('review'));
  await expect(review.getByTestId('pages-banner')).toContainText('Page-only');
  await expect(
    review.getByText('max-pixel (max@pixel-agency.example) has full access to marketing-site from outside the team'),
  ).toBeVisible();

  const source = /^> Source: the dashboard pages visited \(page-only mode, no token\); apps read: .*marketing-site/;
  const md = await downloaded(review, review.getByRole('button', { name: 'Export the evidence pack (Markdown)' }));
  expect(md).toMatch(source);
  expect(md).toContain('max-pixel');
  const json = JSON.parse(await downloaded(review, review.getByRole('button', { name: 'Export JSON' }))) as {
    source?: { kind: string; pages: { app: string }[] };
  };
  expect(json.source?.kind).toBe('dashboard-pages');
  expect(json.source?.pages.map((p) => p.app)).toContain('marketing-site');
  const [file] = await Promise.all([
    review.waitForEvent('download'),
    review.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^scalingo-access-review-draft-from-pages-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await file.path(), 'utf8').split(/\r?\n/);
  expect(csv[0]).toMatch(/,source$/);
  expect(csv[1]).toMatch(/,dashboard pages$/);

  expect(mock.log()).toEqual([]);
});
