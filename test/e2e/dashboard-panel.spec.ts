import { expect, test } from './fixtures';
import { appUrl, badgeOf, chipOf, connectedAndScanned } from './dashboard-helpers';

// The chip's evidence panel behaves like a popover (issue #19, item 9): Escape and a click
// outside close it and give focus back to its chip; it covers no other chip and no dialog of the
// page; its Close stays in view however long it is. And the invitation hint's button fills in the
// page's own role field, never sending the form.

const panelOf = (page: import('@playwright/test').Page, email: string) => badgeOf(page, email).locator('.panel');

test('Escape and a click outside close the panel and give focus back to its chip', async ({ ext, demoToken }) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.goto(appUrl('osc-fr1', 'shop-api-staging'));
  const chip = chipOf(page, 'bruno@acme.example');
  await chip.click();
  const panel = panelOf(page, 'bruno@acme.example');
  await expect(panel).toBeVisible();
  await expect(panel).toHaveAccessibleName('bruno');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(chip).toBeFocused();
  await expect(chip).toHaveAttribute('aria-expanded', 'false');

  await chip.click();
  await expect(panel).toBeVisible();
  await page.getByRole('heading', { name: 'Collaborators' }).click();
  await expect(panel).toBeHidden();
  await expect(chip).toBeFocused();
});

test('an open panel covers no other chip, and closes when the page opens a dialog', async ({ ext, demoToken }) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.goto(appUrl('osc-fr1', 'shop-api-staging'));
  await chipOf(page, 'chloe@acme.example').click();
  await expect(panelOf(page, 'chloe@acme.example')).toBeVisible();
  // Every other chip still gets a click at its centre: none is under the panel.
  const covered = await page.evaluate(() =>
    [...document.querySelectorAll('sar-badge')].flatMap((host) => {
      const chip = host.shadowRoot!.querySelector('.chip')!;
      const r = chip.getBoundingClientRect();
      chip.scrollIntoView({ block: 'center' });
      const box = chip.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      const inner =
        hit === host ? host.shadowRoot!.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) : null;
      return r.width > 0 && inner !== chip ? [chip.textContent] : [];
    }),
  );
  expect(covered).toEqual([]);
  await chipOf(page, 'julien@acme.example').click();
  await expect(panelOf(page, 'julien@acme.example')).toBeVisible();
  await expect(panelOf(page, 'chloe@acme.example')).toBeHidden();

  // The page opens a dialog of its own (a session warning, say): the panel gets out of its way.
  await page.evaluate(() => {
    const dialog = document.createElement('dialog');
    dialog.textContent = 'Your session expires in 5 minutes.';
    document.body.append(dialog);
    dialog.showModal();
  });
  await expect(panelOf(page, 'julien@acme.example')).toBeHidden();
});

test('a long panel keeps its Close button in view, scrolling its own content', async ({ ext, demoToken }) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1100, height: 420 });
  await page.goto(appUrl('osc-fr1', 'shop-api-production-pr42'));
  await chipOf(page, 'hugo@acme.example').click();
  const panel = panelOf(page, 'hugo@acme.example');
  await expect(panel).toBeVisible();
  const closeInView = () =>
    panel.evaluate((p) => {
      const close = p.querySelector('.close')!.getBoundingClientRect();
      const box = p.getBoundingClientRect();
      return (
        close.height > 0 && close.top >= box.top - 1 && close.bottom <= box.bottom + 1 && close.bottom <= innerHeight
      );
    });
  // Longer than it may be: it scrolls on its own, and its Close is in view at the top and at the bottom.
  expect(await panel.evaluate((p) => p.scrollHeight > p.clientHeight)).toBe(true);
  expect(await closeInView()).toBe(true);
  await panel.evaluate((p) => p.scrollTo(0, p.scrollHeight));
  expect(await closeInView()).toBe(true);
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toBeHidden();
});

test("the invitation hint's button sets the page's own role field, and sends nothing", async ({ ext, demoToken }) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.goto(appUrl('osc-fr1', 'shop-api-staging'));
  await page.getByRole('button', { name: 'Invite a collaborator' }).click();
  const form = page.getByRole('dialog', { name: 'Invite a collaborator' });
  await form.getByLabel('Email').fill('max@pixel-agency.example');
  const hint = page.locator('sar-invite-hint');
  await expect(hint).toContainText('pixel-agency.example is not one of your team’s domains.');
  await expect(form.locator('select')).toHaveValue('Collaborator');
  await hint.getByRole('button', { name: 'Use the suggested role' }).click();
  await expect(form.locator('select')).toHaveValue('Limited collaborator');
  // The page's own code saw the change (its framework keeps the value from the events).
  await expect(form.locator('#role-chosen')).toHaveText('Role to invite: Limited collaborator');
  await expect(form).not.toHaveAttribute('data-sent');
});
