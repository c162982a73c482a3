import { expect, test } from './fixtures';
import { appUrl, badgeOf, chipOf, connectedAndScanned, roleAndState } from './dashboard-helpers';

// The overlay on an app's collaborators page: fixture pages of several shapes served at the
// real dashboard URLs, the production build in Chromium, the mock Scalingo behind the API hosts.

for (const appName of ['shop-api-staging', 'marketing-site', 'billing-api-prod']) {
  test(`${appName}: a chip beside each person says the role and 2FA the API reports`, async ({
    ext,
    mock,
    demoToken,
  }) => {
    await connectedAndScanned(ext, demoToken);
    const entry = mock.state.apps.find((a) => a.app.name === appName)!;
    const page = await ext.context.newPage();
    await page.goto(appUrl(entry.region, appName));
    // The French page (lang="fr") gets French chips: the overlay speaks the page's language.
    const lang = appName === 'billing-api-prod' ? 'fr' : 'en';
    for (const c of entry.collaborators) await expect(chipOf(page, c.email)).toContainText(roleAndState(c, lang));
    await expect(chipOf(page, entry.app.owner.email)).toContainText(/Owner|Propriétaire/);
    await expect(page.locator('sar-badge')).toHaveCount(entry.collaborators.length + 1);
    await expect(page.locator('sar-banner')).toHaveCount(1);
    await expect(page.locator('sar-banner')).toContainText(appName);
  });
}

test('the chip shows the priority and the change to make; a click shows the evidence and opens the review on it', async ({
  ext,
  demoToken,
}) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.goto(appUrl('osc-fr1', 'shop-api-staging'));
  const chip = chipOf(page, 'bruno@acme.example');
  await expect(chip).toHaveText(/^P\d · Collaborator · 2FA · active \d+ days ago · → Limited$/);
  await expect(chipOf(page, 'julien@acme.example')).toHaveText(/^Limited · 2FA/);
  await chip.click();
  const panel = page.getByRole('group', { name: 'bruno' });
  await expect(panel).toContainText('used none of it');
  const [review] = await Promise.all([
    ext.context.waitForEvent('page'),
    panel.getByRole('button', { name: 'Open this finding in the review' }).first().click(),
  ]);
  await expect(review).toHaveURL(/review\.html#finding=unused-full-access/);
  await expect(review.locator('article[aria-current="true"]')).toContainText(
    'bruno has full access to shop-api-staging',
  );
  await expect(review.locator('article[aria-current="true"]')).toBeFocused();
});

test('follows in-app navigation from one app to another', async ({ ext, mock, demoToken }) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.goto(appUrl('osc-fr1', 'shop-api-staging'));
  await expect(chipOf(page, 'nina@acme.example')).toBeVisible();
  // The dashboard's router: a new URL in the history, the next app's page drawn in place.
  await page.evaluate(
    async (next) => {
      const html = await (await fetch(next)).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      history.pushState({}, '', next);
      document.querySelector('#app')!.replaceWith(doc.querySelector('#app')!);
    },
    appUrl('osc-fr1', 'marketing-site'),
  );
  const marketing = mock.state.apps.find((a) => a.app.name === 'marketing-site')!;
  await expect(chipOf(page, 'paul@acme.example')).toContainText('account deleted');
  await expect(page.locator('sar-badge')).toHaveCount(marketing.collaborators.length + 1);
  await expect(page.locator('sar-banner')).toHaveCount(1);
  await expect(page.locator('sar-banner')).toContainText('marketing-site');
});

test('a page that re-renders its rows keeps exactly one badge per person', async ({ ext, mock, demoToken }) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.goto(appUrl('osc-fr1', 'shop-api-staging'));
  const expected = mock.state.apps.find((a) => a.app.name === 'shop-api-staging')!.collaborators.length + 1;
  await expect(page.locator('sar-badge')).toHaveCount(expected);
  // The framework replaces the table body with a copy, as Vue does on a data refresh.
  await page.evaluate(() => {
    const tbody = document.querySelector('tbody')!;
    tbody.replaceWith(tbody.cloneNode(true));
  });
  await expect(page.locator('sar-badge .chip')).toHaveCount(expected);
  await page.evaluate(() =>
    document.querySelector('tbody')!.append(document.querySelector('tbody tr')!.cloneNode(true)),
  );
  // A person shown twice keeps one chip; the copy's empty badge element is cleared away.
  await expect(page.locator('sar-badge')).toHaveCount(expected);
  await expect(page.locator('sar-badge .chip')).toHaveCount(expected);
  await expect(badgeOf(page, 'chloe@acme.example')).toHaveCount(1);
  await expect(page.locator('sar-banner')).toHaveCount(1);
});

test('a page of a shape it cannot read gets one "open the review" chip, nothing else', async ({ ext, demoToken }) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.goto(appUrl('osc-fr1', 'docs-portal'));
  const chip = page.locator('sar-banner[data-mode="degraded"]');
  await expect(chip).toContainText(/open findings? on this page/);
  await expect(page.locator('sar-badge')).toHaveCount(0);
  const [review] = await Promise.all([
    ext.context.waitForEvent('page'),
    chip.getByRole('button', { name: 'Open the review' }).click(),
  ]);
  await expect(review).toHaveURL(/review\.html$/);
});

test('nothing runs on account, token or authentication pages', async ({ ext, demoToken }) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  for (const path of ['/account/tokens', '/account/authentication', '/apps']) {
    await page.goto(`https://dashboard.scalingo.com${path}`);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('sar-badge, sar-banner, sar-invite-hint')).toHaveCount(0);
  }
});
