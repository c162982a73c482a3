import type { Page } from '@playwright/test';
import { appUrl, chipOf, connectedAndScanned } from './dashboard-helpers';
import { expect, openPopup, test } from './fixtures';

// Markup and script in every string the API returns (usernames, e-mails, app names, event
// data) stays inert text in the popup, the review page and the dashboard overlay.

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';

async function inert(page: Page): Promise<void> {
  expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"], script:text("__pwned")')).toHaveCount(0); // CSS here pierces shadow roots
}

test('names holding markup show as text everywhere, and run nothing', async ({ ext, mock, demoToken }) => {
  for (const entry of mock.state.apps) {
    for (const c of entry.collaborators) if (c.email === 'bruno@acme.example') c.username = `${IMG}bruno`;
    for (const e of entry.events) if (e.user?.email === 'hugo@acme.example') e.user.username = `${SCRIPT}hugo`;
  }
  const legacy = mock.state.apps.find((a) => a.app.name === 'legacy-crm')!;
  legacy.app.name = `legacy-crm${IMG}`;
  legacy.collaborators.forEach((c) => (c.app_name = legacy.app.name));
  const lea = mock.state.apps.flatMap((a) => a.collaborators).filter((c) => c.email === 'lea.dev.freelance@gmail.com');
  // Titles name her by username (one name per person); her e-mail stays beside it, as hostile.
  lea.forEach((c) => {
    c.email = `"><svg onload="window.__pwned=3">@gmail.com`;
    c.username = `"><svg onload="window.__pwned=4">lea`;
  });

  await connectedAndScanned(ext, demoToken);

  const popup = await openPopup(ext);
  await expect(popup.getByTestId('top-findings')).toBeVisible();
  await inert(popup);

  const review = await ext.context.newPage();
  await review.goto(ext.pageUrl('review') + '#view=cards');
  await expect(
    review.getByText(`${IMG}bruno has full access to shop-api-staging`, { exact: false }).first(),
  ).toBeVisible();
  await expect(review.getByText(`legacy-crm${IMG}`, { exact: false }).first()).toBeVisible();
  await expect(
    review.getByText('"><svg onload="window.__pwned=4">lea has full access', { exact: false }).first(),
  ).toBeVisible();
  await inert(review);

  const dashboard = await ext.context.newPage();
  await dashboard.goto(appUrl('osc-fr1', 'shop-api-staging'));
  await chipOf(dashboard, 'bruno@acme.example').click();
  await expect(dashboard.getByRole('group', { name: 'bruno' })).toContainText(`${IMG}bruno has full access`);
  await inert(dashboard);
});
