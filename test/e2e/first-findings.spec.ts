import type { Page } from '@playwright/test';
import { startMockScalingo } from '../mock-scalingo/server';
import { appUrl, chipOf } from './dashboard-helpers';
import { expect, openPopup, OptionsPage, SCALINGO_HOSTS_TEMPLATE, storedRecord, test as base } from './fixtures';

// A large account's first findings come within the request plan's first steps, whatever the
// time each request takes: the mock answers a set number of requests, then holds the rest
// (holdAfterRequests), so what the popup and the dashboard show is checked against the number
// of requests answered, not against the clock. The mock is slow and enforces a rate limit that
// the scan meets from its first steps (429s, then waits), as a large account meets Scalingo's.
// Retries: a 429 is a request the mock refused, sent again after a wait; the targets count the
// answers that were not refused (holdCounts 'allowed': a 429 uses none of the hold), the 429s
// are counted apart and must have happened before the findings showed. A worker killed
// mid-scan: resume-scan.spec.ts.

// The demo account: 2 regions, 2 apps alice collaborates on without owning them.
const FIRST_FINDINGS = 1 + 3 + 2 * 2 + 2; // exchange, self + 2FA + regions, apps + owned lists, 2 lists
const CONNECT = 2; // the settings page checks the token first: an exchange and /users/self
const ACTIVE_APP = 10; // the open app's chips complete within 10 more answers
// A budget the first steps overrun: 4 requests in 2 s, against the connection's and the scan's
// first dozen, sent within a second or two (a 150 ms answer each, 4 at once). The extension's own
// limiter (58 a minute) does not know it: the scan gets 429s and waits (5 s, then 10 s), as
// against Scalingo, while the test waits for the first findings.
const RATE_LIMIT = { requests: 4, windowMs: 2_000 };
const LATER_RATE_LIMIT = { requests: 15, windowMs: 2_000 };
const WAITS = { timeout: 45_000 }; // the scan's backoffs after 429s, not a speed target

type Stored = { partial?: { pending: string[] }; cost: { http429: number }; errors: unknown[] };

const test = base.extend({
  // eslint-disable-next-line no-empty-pattern
  mock: async ({}, use) => {
    // Slow, with the rate limit enforced.
    const mock = await startMockScalingo({
      dataset: 'demo',
      publicUrl: SCALINGO_HOSTS_TEMPLATE,
      rateLimit: RATE_LIMIT,
    });
    mock.setFaults({ latencyMs: 150 });
    await use(mock);
    await mock.close();
  },
});

const readingEvents = (page: Page) => page.getByTestId('reading');

test('popup findings and the open app’s chips come after the first requests, while the scan still runs', async ({
  ext,
  mock,
  demoToken,
}) => {
  test.setTimeout(180_000); // the scan's waits after 429s, on a loaded two-core machine
  const dashboard = await ext.context.newPage();
  await dashboard.goto(appUrl('osc-fr1', 'shop-api-staging'));
  mock.setFaults({ holdAfterRequests: CONNECT + FIRST_FINDINGS, holdCounts: 'allowed' });
  const options = await OptionsPage.open(ext);
  await options.connect(demoToken);
  const popup = await openPopup(ext);
  await expect(popup.getByTestId('top-findings').locator('tbody tr').first()).toBeVisible(WAITS);
  // The limit bit before the popup showed findings, and they came after the target's answers.
  const atFirst = mock.log();
  expect(atFirst.filter((l) => l.status === 429).length).toBeGreaterThan(0);
  expect(atFirst.filter((l) => l.status !== 429)).toHaveLength(CONNECT + FIRST_FINDINGS);
  expect(atFirst.filter((l) => /\/(events|scm_repo_link)$/.test(l.path))).toEqual([]);
  await expect(readingEvents(popup)).toContainText(/Activity still being read for \d+ apps?:/);
  await expect(popup.getByTestId('scan-progress')).toBeVisible();
  // The review page says it too, and stops saying it once the scan ends (live, below).
  const review = await ext.context.newPage();
  await review.goto(`chrome-extension://${ext.extensionId}/review.html#view=cards`);
  await expect(readingEvents(review)).toContainText(/Activity still being read for \d+ apps?:/);
  // The dashboard's chips: who has which role and 2FA already; activity still being read.
  await expect(chipOf(dashboard, 'bruno@acme.example')).toContainText('Collaborator · 2FA');
  await expect(chipOf(dashboard, 'bruno@acme.example')).not.toContainText('active');
  await expect(dashboard.locator('sar-banner')).toContainText('activity still being read');

  // Ten more answers: the open app is read first, so its chips are complete. The limit is
  // loosened from here on: every 429 also takes a slot of the extension's own budget (58 a
  // minute), and the demo scan's 50 or so answers plus the first steps' 429s nearly fill it.
  const staging = mock.state.apps.find((a) => a.app.name === 'shop-api-staging')!.app;
  mock.setRateLimit(LATER_RATE_LIMIT);
  mock.setFaults({ holdAfterRequests: ACTIVE_APP });
  await expect(chipOf(dashboard, 'bruno@acme.example')).toHaveText(
    /^P\d · Collaborator · 2FA · active \d+ days ago · → Limited$/,
    WAITS,
  );
  await expect(dashboard.locator('sar-banner')).not.toContainText('activity still being read');
  // The hold let through at most ten more answers: the chips completed within them.
  const answered = mock.log().filter((l) => l.status !== 429);
  expect(answered.slice(CONNECT + FIRST_FINDINGS).some((l) => l.path.endsWith(`/apps/${staging.id}/events`))).toBe(
    true,
  );
  await expect(popup.getByTestId('scan-progress')).toBeVisible(); // the other apps are still being read
  await expect(readingEvents(popup)).toBeVisible();

  // The rest at once; the scan ends whole.
  mock.setFaults({ holdAfterRequests: null });
  await expect(readingEvents(popup)).toHaveCount(0, { timeout: 60_000 });
  await expect(popup.getByText(/Last scan/)).toBeVisible();
  await expect(readingEvents(review)).toHaveCount(0, { timeout: 30_000 });
  const done = (await storedRecord(ext, 'snapshot')) as Stored;
  expect(done.partial).toBeUndefined();
  expect(done.errors).toEqual([]);
  expect(done.cost.http429).toBeGreaterThan(0);
});
