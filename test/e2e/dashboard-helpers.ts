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

/** The overlay's badge of that row: in it, or on a line of its own in the overlay's row right after it (a table's). */
export const badgeOf = (page: Page, email: string) =>
  rowOf(page, email).locator('sar-badge').or(rowOf(page, email).locator('+ tr[data-sar-line] sar-badge'));

/** The chip of the overlay's badge in that row. */
export const chipOf = (page: Page, email: string) => badgeOf(page, email).locator('.chip');

const WORDS = {
  en: ['Limited', 'Collaborator', 'invitation pending', 'account deleted', '2FA', 'no 2FA'],
  fr: ['Limité', 'Collaborateur', 'invitation en attente', 'compte supprimé', '2FA', 'sans 2FA'],
};

/** The text a chip gives the mock's collaborator: role, then invitation state or 2FA. */
export function roleAndState(
  c: { is_limited?: boolean; status: string; tfa_status?: boolean | null },
  lang: 'en' | 'fr' = 'en',
): string {
  const [limited, full, pending, deleted, tfa, noTfa] = WORDS[lang];
  const role = c.is_limited ? limited : full;
  const state =
    c.status === 'pending' ? pending : c.status === 'user account deleted' ? deleted : c.tfa_status ? tfa : noTfa;
  return `${role} · ${state}`;
}
