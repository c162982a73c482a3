import { expect, openPopup, test } from './fixtures';
import { badgeOf, chipOf } from './dashboard-helpers';

// Without a token, the account-wide page grouped by person visited alone: it shows no owner, so
// the team's domain cannot be told. Never a false all-clear: the popup says what could not be
// judged and how to fix it, and max (full on two apps, at another company) gets no calm chip.

const BY_PERSON = 'https://dashboard.scalingo.com/collaborators?group=person';

test('page-only mode: the page grouped by person alone says who is outside the team cannot be told', async ({
  ext,
  mock,
}) => {
  const popup = await openPopup(ext);
  await popup.getByRole('button', { name: 'Try it without a token' }).click();
  await expect(popup.getByTestId('pages-card')).toContainText('No collaborators page read yet');

  const page = await ext.context.newPage();
  await page.goto(BY_PERSON);
  const max = chipOf(page, 'max@pixel-agency.example').first();
  await expect(max).toHaveText(/^P4 · 2 apps, 2 with full access · 2FA unknown · → Review$/, { timeout: 15_000 });
  await max.click();
  await expect(badgeOf(page, 'max@pixel-agency.example').first().locator('.panel')).toContainText(
    'Cannot tell who is outside the team on marketing-site',
  );

  await popup.reload();
  await expect(popup.getByTestId('pages-card')).toContainText('marketing-site');
  await expect(popup.getByText('Nothing to review')).toHaveCount(0);
  const top = popup.getByTestId('top-findings');
  await expect(top).toContainText('Team unknown');
  await expect(top.getByRole('button', { name: 'Team unknown' }).first()).toHaveAttribute(
    'title',
    /^Cannot tell who is outside the team on [a-z-]+: visit an app’s collaborators page or set your team’s domains$/,
  );

  expect(mock.log()).toEqual([]);
});
