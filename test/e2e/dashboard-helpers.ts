import type { Page } from '@playwright/test';
import type { LoadedExtension } from '../harness/launch';
import { expect, OptionsPage, storedRecord } from './fixtures';

// Shared steps of the dashboard overlay's end-to-end tests.

/** Connects with `token` and waits for the first scan's whole review to be stored. */
export async function connectedAndScanned(ext: LoadedExtension, token: string): Promise<OptionsPage> {
  const options = await OptionsPage.open(ext);
  await options.connect(token);
  await expect(options.connection()).toContainText('Connected as');
  // The scan publishes as it reads (lib/scan/publication.ts): wait for the review of the whole scan.
  const finished = async () => {
    const digest = (await storedRecord(ext, 'reviewDigest')) as { account?: { reading?: unknown } } | undefined;
    return digest ? (digest.account?.reading ?? 'finished') : null;
  };
  await expect.poll(finished, { timeout: 15_000 }).toBe('finished');
  return options;
}

export const appUrl = (region: string, app: string) =>
  `https://dashboard.scalingo.com/apps/${region}/${app}/settings/collaborators`;

/** The row of the page showing `email` (table row, ARIA row, list item or group header). */
export const rowOf = (page: Page, email: string) =>
  page.locator('tr, [role="row"], li, summary').filter({ hasText: email });

/** The chip of the overlay's badge in that row. */
export const chipOf = (page: Page, email: string) => rowOf(page, email).locator('sar-badge .chip');

/** The text a chip gives the mock's collaborator: role, then invitation state or 2FA. */
export function roleAndState(c: { is_limited?: boolean; status: string; tfa_status?: boolean | null }): string {
  const role = c.is_limited ? 'Limited' : 'Collaborator';
  const state =
    c.status === 'pending'
      ? 'invitation pending'
      : c.status === 'user account deleted'
        ? 'account deleted'
        : c.tfa_status
          ? '2FA'
          : 'no 2FA';
  return `${role} · ${state}`;
}
