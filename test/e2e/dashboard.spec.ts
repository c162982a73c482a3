import type { Page } from '@playwright/test';
import { expect, OptionsPage, test } from './fixtures';

// Badges on Scalingo's collaborators pages (fixture pages served at the real dashboard URLs).

async function connected(ext: Parameters<typeof OptionsPage.open>[0], token: string) {
  const options = await OptionsPage.open(ext);
  await options.connect(token);
  await expect(options.connection()).toContainText('Connected as');
}

const badgeOf = (page: Page, email: string) =>
  page.locator('tr, li').filter({ hasText: email }).locator('sar-badge span');

for (const appName of ['shop-api-staging', 'marketing-site']) {
  test(`${appName}: a badge beside each collaborator says the role and 2FA the API reports`, async ({ ext, mock, demoToken }) => {
    await connected(ext, demoToken);
    const entry = mock.state.apps.find((a) => a.app.name === appName)!;
    const page = await ext.context.newPage();
    await page.goto(`https://dashboard.scalingo.com/apps/${entry.region}/${appName}/settings/collaborators`);

    for (const c of entry.collaborators) {
      const role = c.is_limited ? 'Limited' : 'Collaborator';
      const state =
        c.status === 'pending' ? 'invitation pending' : c.status === 'user account deleted' ? 'account deleted' : c.tfa_status ? '2FA' : 'no 2FA';
      await expect(badgeOf(page, c.email)).toHaveText(`${role} · ${state}`);
    }
    await expect(badgeOf(page, entry.app.owner.email)).toHaveText(/^Owner/);
    await expect(page.locator('sar-badge')).toHaveCount(entry.collaborators.length + 1);
  });
}

test('no badge on pages that are not about an app’s collaborators', async ({ ext, demoToken }) => {
  await connected(ext, demoToken);
  const page = await ext.context.newPage();
  await page.goto('https://dashboard.scalingo.com/account/tokens');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.locator('sar-badge')).toHaveCount(0);
});

test('a page that re-renders its rows keeps exactly one badge per person', async ({ ext, mock, demoToken }) => {
  await connected(ext, demoToken);
  const page = await ext.context.newPage();
  await page.goto('https://dashboard.scalingo.com/apps/osc-fr1/shop-api-staging/settings/collaborators');
  const expected = mock.state.apps.find((a) => a.app.name === 'shop-api-staging')!.collaborators.length + 1;
  await expect(page.locator('sar-badge')).toHaveCount(expected);
  // The framework replaces the table body with fresh rows, as Vue does on a data refresh.
  await page.evaluate(() => {
    const tbody = document.querySelector('tbody')!;
    const copy = tbody.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('sar-badge').forEach((b) => b.remove());
    tbody.replaceWith(copy);
  });
  await expect(page.locator('sar-badge')).toHaveCount(expected);
  await page.evaluate(() => document.querySelector('tbody')!.append(document.querySelector('tbody tr')!.cloneNode(true)));
  await page.waitForTimeout(300); // let the batched observer run
  await expect(page.locator('tr').filter({ hasText: 'alice@acme.example' }).first().locator('sar-badge')).toHaveCount(1);
});
