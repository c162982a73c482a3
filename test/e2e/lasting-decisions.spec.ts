import type { Page } from '@playwright/test';
import { expect, openPopup, putStoredRecord, storedRecord, test } from './fixtures';
import { card, connectedReview, decide } from './review-helpers';

// "Keep as is, contracted until March": a reviewed decision. It must outlast completing the
// review and the next scans (counted as reviewed in the popup, not as an open finding), and come
// back once the policy's review period (90 days by default; 7 here, so "90" cannot pass by chance) is over.

const DAY = 86_400_000;

async function rescan(popup: Page) {
  await popup.getByRole('button', { name: 'Rescan' }).click();
  await expect(popup.getByRole('button', { name: 'Rescan' })).toBeEnabled({ timeout: 20_000 });
}

test('a “keep” survives completion and the rescan, then comes back after the review period', async ({
  ext,
  demoToken,
}) => {
  const review = await connectedReview(ext, demoToken, false);
  // The team's policy: a review every week (the decide path reads the stored policy each time).
  const policy = (await storedRecord(ext, 'policy')) ?? {};
  await putStoredRecord(ext, 'policy', { ...policy, reviewPeriodDays: 7 });
  const popup = await openPopup(ext);
  const p2 = popup.getByTestId('review-summary').locator('[data-priority="P2"]');
  const openP2 = Number((await p2.textContent())!.split(':')[1]);
  expect(openP2).toBeGreaterThan(1);

  await decide(
    review,
    'unused-full-access',
    'billing-api-prod',
    'chloe@acme.example',
    'Keep as is',
    'contracted until March',
  );
  const chloe = card(review, 'unused-full-access', 'billing-api-prod', 'chloe@acme.example');
  // Within the 14 days of a reminder, the end is written out with how soon it comes.
  const until = new Date(Date.now() + 7 * DAY).toLocaleDateString('en-US', { dateStyle: 'long', timeZone: 'UTC' });
  await expect(chloe).toContainText(
    `Kept as is, reviewed until ${until} (in 7 days) by alice@acme.example: contracted until March`,
  );

  await review.getByRole('button', { name: /Complete the review/ }).click();
  await review.getByTestId('complete-confirm').getByRole('button', { name: 'Complete now' }).click();
  await expect(review.getByTestId('completed')).toBeVisible();
  await expect(chloe.getByRole('status')).toHaveCount(0); // the review in progress starts afresh…
  await expect(chloe).toContainText('Kept as is, reviewed until'); // …the keep stands

  await rescan(popup);
  await popup.reload();
  await expect(p2).toHaveText(`P2: ${openP2 - 1}`);
  await expect(popup.getByTestId('kept')).toHaveText('1 kept as is (reviewed)');
  await expect(popup.getByTestId('top-findings')).not.toContainText('billing-api-prod');
  await review.reload();
  await expect(chloe).toContainText('Kept as is, reviewed until');

  // 8 days later: what the extension stored is as old as it would then be.
  const stored = (await storedRecord(ext, 'acceptances')) as { acceptedAt: string; expiresAt: string }[];
  const older = (iso: string) => new Date(Date.parse(iso) - 8 * DAY).toISOString();
  await putStoredRecord(
    ext,
    'acceptances',
    stored.map((a) => ({ ...a, acceptedAt: older(a.acceptedAt), expiresAt: older(a.expiresAt) })),
  );
  await rescan(popup);
  await popup.reload();
  await expect(p2).toHaveText(`P2: ${openP2}`);
  await expect(popup.getByTestId('kept')).toHaveCount(0);
  await review.reload();
  await expect(chloe).not.toContainText('Kept as is, reviewed until');
  await expect(chloe).toContainText('the review period is over, to decide again');
});
