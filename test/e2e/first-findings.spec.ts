import type { Page } from '@playwright/test';
import { startMockScalingo } from '../mock-scalingo/server';
import { appUrl, chipOf } from './dashboard-helpers';
import { expect, openPopup, OptionsPage, SCALINGO_HOSTS_TEMPLATE, storedRecord, test as base } from './fixtures';

// A large account's first findings come within the request plan's first steps, whatever the
// time each request takes: the mock answers a set number of requests, then holds the rest
// (holdAfterRequests), so what the popup and the dashboard show is checked against the number
// of requests answered, not against the clock. The mock is slow and enforces a rate limit the
// scan meets (429s, then waits), as a large account meets Scalingo's. A worker killed
// mid-scan: resume-scan.spec.ts.

// The demo account: 2 regions, 2 apps alice collaborates on without owning them.
const FIRST_FINDINGS = 1 + 3 + 2 * 2 + 2; // exchange, self + 2FA + regions, apps + owned lists, 2 lists
const CONNECT = 2; // the settings page checks the token first: an exchange and /users/self
// Scalingo's limit with its time scaled, as bench/run.ts does: the demo account's 40 requests
// against 15 in 2 s meet it in seconds, as 600 requests meet 60 a minute. The extension's own
// limiter (58 a minute) does not know it: the scan gets 429s and waits, as against Scalingo.
const RATE_LIMIT = { requests: 15, windowMs: 2_000 };

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
  const dashboard = await ext.context.newPage();
  await dashboard.goto(appUrl('osc-fr1', 'shop-api-staging'));
  mock.setFaults({ holdAfterRequests: CONNECT + FIRST_FINDINGS });
  const options = await OptionsPage.open(ext);
  await options.connect(demoToken);
  const popup = await openPopup(ext);
  await expect(popup.getByTestId('top-findings').locator('tbody tr').first()).toBeVisible();
  await expect(readingEvents(popup)).toContainText(/Activity still being read for \d+ apps?:/);
  await expect(popup.getByTestId('scan-progress')).toBeVisible();
  // The review page says it too, and stops saying it once the scan ends (live, below).
  const review = await ext.context.newPage();
  await review.goto(`chrome-extension://${ext.extensionId}/review.html#view=cards`);
  await expect(readingEvents(review)).toContainText(/Activity still being read for \d+ apps?:/);
  expect(mock.log().filter((l) => /\/(events|scm_repo_link)$/.test(l.path))).toEqual([]);
  expect(mock.log().filter((l) => l.status === 200)).toHaveLength(CONNECT + FIRST_FINDINGS);
  // The dashboard's chips: who has which role and 2FA already; activity still being read.
  await expect(chipOf(dashboard, 'bruno@acme.example')).toContainText('Collaborator · 2FA');
  await expect(chipOf(dashboard, 'bruno@acme.example')).not.toContainText('active');
  await expect(dashboard.locator('sar-banner')).toContainText('activity still being read');

  // Ten more answers: the open app is read first, so its chips are complete. Each step starts
  // with a fresh rate-limit window, as if the time the test took to look had passed.
  const staging = mock.state.apps.find((a) => a.app.name === 'shop-api-staging')!.app;
  mock.resetRateLimit();
  mock.setFaults({ holdAfterRequests: 10 });
  await expect(chipOf(dashboard, 'bruno@acme.example')).toHaveText(
    /^P\d · Collaborator · 2FA · active \d+ days ago · → Limited$/,
  );
  await expect(dashboard.locator('sar-banner')).not.toContainText('activity still being read');
  const answered = mock.log().slice(CONNECT + FIRST_FINDINGS);
  expect(answered.some((l) => l.path.endsWith(`/apps/${staging.id}/events`))).toBe(true);
  await expect(popup.getByTestId('scan-progress')).toBeVisible(); // the other apps are still being read
  await expect(readingEvents(popup)).toBeVisible();

  // The rest at once: more than the limit allows, so the scan meets it, waits, and ends whole.
  mock.resetRateLimit();
  mock.setFaults({ holdAfterRequests: null });
  await expect(readingEvents(popup)).toHaveCount(0, { timeout: 60_000 });
  await expect(popup.getByText(/Last scan/)).toBeVisible();
  await expect(readingEvents(review)).toHaveCount(0, { timeout: 30_000 });
  expect(mock.log().filter((l) => l.status === 429).length).toBeGreaterThan(0);
  const done = (await storedRecord(ext, 'snapshot')) as Stored;
  expect(done.partial).toBeUndefined();
  expect(done.errors).toEqual([]);
  expect(done.cost.http429).toBeGreaterThan(0);
});
