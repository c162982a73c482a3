import { readFileSync } from 'node:fs';
import { FIXTURES_DIR } from '../harness/routes';
import { chipOf, connectedAndScanned } from './dashboard-helpers';
import { expect, test } from './fixtures';

// Issue #15's review, items 1 and 2, on the production build: the account-wide page grouped by
// person with every group collapsed and its list not rendered (as a Vue page does), so no app
// name is shown. The banner used to read "No open finding on this page." under chips saying P2;
// now it counts those people's findings and says they may cover apps the page does not show.
// On the page with its lists, a chip speaks of the apps listed and counts the others.

const COLLAPSED = readFileSync(`${FIXTURES_DIR}variants/collaborators-by-person-collapsed.html`);
const BY_PERSON = 'https://dashboard.scalingo.com/collaborators?group=person';

test('collapsed groups get no false all-clear: every finding of the people shown is counted', async ({
  ext,
  demoToken,
}) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  // This page only: the variant served at the real address of the page grouped by person.
  await page.route(BY_PERSON, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: COLLAPSED }));
  await page.goto(BY_PERSON);
  const banner = page.locator('sar-banner .bar span');
  // chloe on her 8 apps (2 × P2, 3 × P3), max (2 × P2), gaelle (P3), and their apps' own (2 × P2, 2 × P3).
  await expect(banner).toHaveText(/^Access Review: 12 open findings on this page: 6 × P2, 6 × P3 · /, {
    timeout: 15_000,
  });
  await expect(banner).toContainText('may include apps this page does not show, for 3 people');
  await expect(banner).not.toContainText('No open finding');
  await expect(chipOf(page, 'chloe@acme.example')).toContainText(
    /^P2 · 8 apps, some may not be on this page, 8 with full access/,
  );
  await expect(chipOf(page, 'gaelle@acme.example')).toContainText(/^P3 · 1 app, maybe not on this page/);
});

test('a chip on the page grouped by person speaks of the apps it lists and counts the others', async ({
  ext,
  demoToken,
}) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.goto(BY_PERSON);
  const chloe = chipOf(page, 'chloe@acme.example');
  // Listed: unused full access on billing-api-prod (P2) and shop-frontend (P3): → Limited. Not
  // listed: her two review apps, where the findings say → Remove.
  await expect(chloe).toContainText('P2 · 8 apps (2 not on this page), 8 with full access', { timeout: 15_000 });
  await expect(chloe).toContainText('→ Limited · +3 findings on apps not on this page');
  await expect(chloe).not.toContainText('→ Remove');
  await chloe.click();
  const panel = page.locator('summary', { hasText: 'chloe@acme.example' }).locator('sar-badge .panel');
  // Her two, and shop-frontend's "too many full Collaborators", of whom she is one.
  await expect(panel.locator('h3')).toHaveCount(3);
  await expect(panel).toContainText('One of 6 full Collaborators on shop-frontend');
  await expect(panel).not.toContainText('shop-frontend-pr7');
  await expect(panel).not.toContainText('shop-api-production-pr42');
});
