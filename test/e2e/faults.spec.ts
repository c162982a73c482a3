import type { Page } from '@playwright/test';
import type { LoadedExtension } from '../harness/launch';
import type { Faults } from '../mock-scalingo/faults';
import { connectedAndScanned } from './dashboard-helpers';
import { expect, openPopup, test } from './fixtures';

// Faults met by a rescan, injected in the mock Scalingo: the popup says what happened and what
// to do, and nothing earlier is lost: the regions and apps read before, the review's findings,
// and the decisions the owner had taken.

/** Asks the background from one of the extension's pages, as the review page does. */
async function ask(page: Page, message: object): Promise<{ ok: boolean; data?: unknown; kind?: string }> {
  return page.evaluate(
    (m) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<never> } } }
      ).chrome.runtime.sendMessage(m),
    message,
  );
}

async function reviewedAccount(ext: LoadedExtension, token: string) {
  const options = await connectedAndScanned(ext, token);
  const review = (await ask(options.page, { type: 'getReview' })).data as { findings: { id: string }[] };
  const findingId = review.findings[0]!.id;
  const decided = await ask(options.page, {
    type: 'decide',
    decision: { findingId, kind: 'keep', justification: 'Needed for the launch' },
  });
  expect(decided.ok).toBe(true);
  const popup = await openPopup(ext);
  await expect(popup.getByTestId('regions').locator('tr[data-region]')).toHaveCount(2);
  return {
    options: options.page,
    popup,
    findings: review.findings.length,
    findingId,
    regions: (await popup.getByTestId('regions').textContent()) ?? '',
  };
}

const FAULTS: Array<[string, Partial<Faults>, RegExp]> = [
  [
    'Scalingo down (5xx on every request)',
    { failures: [{ path: '.*', status: 503 }] },
    /Scalingo answered something unexpected; try again later/,
  ],
  [
    'malformed JSON from a region',
    { malformed: [{ path: '/regions/osc-secnum-fr1/v1/apps' }] },
    /could not be read \(shown as last read\): osc-secnum-fr1/,
  ],
  [
    'the token revoked in the middle of the scan',
    { revokeAfterRequests: 2 },
    /Token invalid or revoked: paste a valid API token in the settings/,
  ],
  ['the network cut', { down: true }, /Scalingo could not be reached: check your connection/],
];

for (const [name, faults, said] of FAULTS) {
  test(`${name}: the popup says what to do, and earlier data and decisions are intact`, async ({
    ext,
    mock,
    demoToken,
  }) => {
    const before = await reviewedAccount(ext, demoToken);
    mock.setFaults(faults);
    await before.popup.getByRole('button', { name: 'Rescan' }).click();
    await expect(before.popup.getByText(said).first()).toBeVisible({ timeout: 20_000 });
    expect(await before.popup.getByTestId('regions').textContent()).toBe(before.regions);
    mock.resetFaults();
    const session = (await ask(before.options, { type: 'getSession' })).data as {
      decisions: { findingId: string; justification: string }[];
    };
    expect(session.decisions).toEqual([
      expect.objectContaining({ findingId: before.findingId, justification: 'Needed for the launch' }),
    ]);
    const review = (await ask(before.options, { type: 'getReview' })).data as { findings: unknown[] };
    expect(review.findings.length).toBeGreaterThanOrEqual(before.findings - 1);
  });
}

test('a storm of 429s: the scan waits and resumes, and ends without an error', async ({ ext, mock, demoToken }) => {
  test.setTimeout(60_000);
  const before = await reviewedAccount(ext, demoToken);
  mock.clearLog();
  mock.setFaults({ failures: [{ path: '/v1/(apps|collaborators)', status: 429, times: 4 }] });
  await before.popup.getByRole('button', { name: 'Rescan' }).click();
  await expect(before.popup.getByRole('button', { name: 'Stop the scan' })).toBeVisible(); // running: Stop only
  await expect(before.popup.getByRole('button', { name: 'Rescan' })).toBeEnabled({ timeout: 45_000 });
  expect(mock.log().filter((l) => l.status === 429).length).toBe(4);
  await expect(before.popup.getByRole('alert')).toHaveCount(0);
  expect(await before.popup.getByTestId('regions').textContent()).toBe(before.regions);
});
