import { expect, test } from './fixtures';
import { appUrl, chipOf, connectedAndScanned } from './dashboard-helpers';

// The overlay's other pages and moments: the invitation form, a page newer than the scan, and
// the account-wide collaborators page grouped by app or by person.

test('the invitation form suggests Limited, and full access only for a trusted lead', async ({ ext, demoToken }) => {
  const options = await connectedAndScanned(ext, demoToken);
  await options.page.getByLabel('Trusted leads who may get full access').fill('dana@acme.example');
  await options.page
    .getByLabel('Trusted leads who may get full access')
    .locator('xpath=ancestor::form')
    .getByRole('button', { name: 'Save' })
    .click();
  const page = await ext.context.newPage();
  await page.goto(appUrl('osc-fr1', 'shop-api-staging'));
  await page.getByRole('button', { name: 'Invite a collaborator' }).click();
  const hint = page.locator('sar-invite-hint');
  await expect(hint).toContainText('Suggested role: Limited collaborator');
  const email = page.getByRole('dialog', { name: 'Invite a collaborator' }).getByLabel('Email');
  await email.fill('max@pixel-agency.example');
  await expect(hint).toContainText('pixel-agency.example is not one of your team’s domains.');
  await email.fill('dana@acme.example');
  await expect(hint).toContainText('Suggested role: Collaborator (full access)');
  await expect(hint).toContainText('dana@acme.example is a trusted lead in your policy.');
  await expect(page.locator('sar-invite-hint')).toHaveCount(1);
});

test('a role changed on the dashboard after the scan: the page asks for a refresh and shows the new role', async ({
  ext,
  mock,
  demoToken,
}) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.goto(appUrl('osc-fr1', 'shop-api-staging'));
  await expect(chipOf(page, 'chloe@acme.example')).toContainText('Collaborator · 2FA');
  // Someone made chloe Limited in another tab; this page re-renders with the new role.
  mock.state.apps
    .find((a) => a.app.name === 'shop-api-staging')!
    .collaborators.find((c) => c.email === 'chloe@acme.example')!.is_limited = true;
  await page
    .locator('tr')
    .filter({ hasText: 'chloe@acme.example' })
    .locator('td')
    .nth(2)
    .evaluate((td) => (td.textContent = 'Limited collaborator'));
  await expect(chipOf(page, 'chloe@acme.example')).toContainText(/^Limited · 2FA/, { timeout: 15_000 });
});

test('the account-wide page, grouped by app then by person, gets a chip per row', async ({ ext, demoToken }) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.goto('https://dashboard.scalingo.com/collaborators');
  await expect(page.locator('li.person sar-badge .chip')).toHaveCount(await page.locator('li.person').count());
  const chloe = page.locator('li.person').filter({ hasText: 'chloe@acme.example' });
  await expect(chloe).toHaveCount(2);
  await expect(chloe.first().locator('sar-badge .chip')).toContainText('Collaborator');
  await expect(chipOf(page, 'max@pixel-agency.example')).toContainText('→ Limited');
  await page.goto('https://dashboard.scalingo.com/collaborators?group=person');
  await expect(page.locator('summary sar-badge')).toHaveCount(3);
  await expect(chipOf(page, 'gaelle@acme.example')).toContainText(/\d+ apps?, 0 with full access · no 2FA/);
});

test('a dashboard tab opened before the first scan gets its chips when the scan ends, without a reload', async ({
  ext,
  mock,
  demoToken,
}) => {
  const page = await ext.context.newPage();
  await page.goto(appUrl('osc-fr1', 'shop-api-staging'));
  await expect(page.locator('h1')).toHaveText('Collaborators');
  await expect(page.locator('sar-badge')).toHaveCount(0);
  await connectedAndScanned(ext, demoToken);
  const expected = mock.state.apps.find((a) => a.app.name === 'shop-api-staging')!.collaborators.length + 1;
  await expect(page.locator('sar-badge .chip')).toHaveCount(expected);
});
