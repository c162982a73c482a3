import type { Page } from '@playwright/test';
import { startMockScalingo } from '../mock-scalingo/server';
import { appUrl, chipOf } from './dashboard-helpers';
import {
  expect,
  openPopup,
  OptionsPage,
  SCALINGO_HOSTS_TEMPLATE,
  stopWorker,
  storedRecord,
  test as base,
} from './fixtures';

// A large account's first findings come within the request plan's first steps, whatever the
// time each request takes: the mock answers a set number of requests, then holds the rest
// (holdAfterRequests), so what the popup and the dashboard show is checked against the number
// of requests answered, not against the clock. Then a worker killed mid-scan resumes.

// The demo account: 2 regions, 2 apps alice collaborates on without owning them.
const FIRST_FINDINGS = 1 + 3 + 2 * 2 + 2; // exchange, self + 2FA + regions, apps + owned lists, 2 lists
const CONNECT = 2; // the settings page checks the token first: an exchange and /users/self

type Stored = { apps: { id: string; name: string; region: string; activityAsOf: unknown; scmLink?: unknown }[] };
type Partial = Stored & { partial?: { pending: string[] } };

const test = base.extend({
  // eslint-disable-next-line no-empty-pattern
  mock: async ({}, use) => {
    // Slow, with Scalingo's rate limit enforced (60 a minute).
    const mock = await startMockScalingo({ dataset: 'demo', publicUrl: SCALINGO_HOSTS_TEMPLATE });
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
  // The dashboard's chips: who has which role and 2FA already; activity still being read.
  await expect(chipOf(dashboard, 'bruno@acme.example')).toContainText('Collaborator · 2FA');
  await expect(chipOf(dashboard, 'bruno@acme.example')).not.toContainText('active');
  await expect(dashboard.locator('sar-banner')).toContainText('activity still being read');

  // Ten more answers: the open app is read first, so its chips are complete.
  const staging = mock.state.apps.find((a) => a.app.name === 'shop-api-staging')!.app;
  mock.setFaults({ holdAfterRequests: 10 });
  await expect(chipOf(dashboard, 'bruno@acme.example')).toHaveText(
    /^P\d · Collaborator · 2FA · active \d+ days ago · → Limited$/,
  );
  await expect(dashboard.locator('sar-banner')).not.toContainText('activity still being read');
  const answered = mock.log().slice(CONNECT + FIRST_FINDINGS);
  expect(answered.some((l) => l.path.endsWith(`/apps/${staging.id}/events`))).toBe(true);
  await expect(popup.getByTestId('scan-progress')).toBeVisible(); // the other apps are still being read
  await expect(readingEvents(popup)).toBeVisible();

  mock.setFaults({ holdAfterRequests: null });
  await expect(readingEvents(popup)).toHaveCount(0, { timeout: 30_000 });
  await expect(popup.getByText(/Last scan/)).toBeVisible();
  await expect(readingEvents(review)).toHaveCount(0, { timeout: 30_000 });
});

/** The snapshot as read, without what differs from one scan to the next: when, what it cost, when each part was read. */
function content(snapshot: unknown): unknown {
  return JSON.parse(JSON.stringify(snapshot), (key, value: unknown) =>
    ['scannedAt', 'cost', 'activityAsOf', 'readAt', 'fetchedAt', 'asOf', 'since'].includes(key) ? undefined : value,
  );
}

base(
  'a worker killed mid-scan resumes: no request for an app already complete, the same snapshot as a scan not stopped',
  async ({ ext, mock, demoToken }) => {
    base.setTimeout(120_000);
    // Two scans follow each other here: without the rate limit, which would only make the second wait.
    // The scan stops getting answers after the lists and a few apps' reads.
    mock.setFaults({ latencyMs: 100, holdAfterRequests: CONNECT + FIRST_FINDINGS + 8 });
    const options = await OptionsPage.open(ext);
    await options.connect(demoToken);
    await expect.poll(() => mock.log().length, { timeout: 30_000 }).toBe(CONNECT + FIRST_FINDINGS + 8);
    await expect
      .poll(async () => {
        const s = (await storedRecord(ext, 'snapshot')) as Partial | undefined;
        return s?.partial ? s.apps.length - s.partial.pending.length : 0;
      })
      .toBeGreaterThanOrEqual(2);
    await stopWorker(ext, options.page);

    // The worker starts again (the popup asks it for the status) and goes on from what was stored.
    const popup = await openPopup(ext);
    const kept = (await storedRecord(ext, 'snapshot')) as Partial;
    const complete = kept.apps.filter((a) => !kept.partial!.pending.includes(`${a.region}/${a.id}`));
    expect(complete.length).toBeGreaterThanOrEqual(2);
    expect(kept.partial!.pending.length).toBeGreaterThan(0);
    mock.clearLog();
    mock.setFaults({ holdAfterRequests: null });
    await expect(readingEvents(popup)).toHaveCount(0, { timeout: 60_000 });
    await expect.poll(async () => ((await storedRecord(ext, 'snapshot')) as Partial).partial).toBeUndefined();
    const resumed = await storedRecord(ext, 'snapshot');
    const paths = mock.log().map((l) => l.path);
    expect(paths.length).toBeGreaterThan(0);
    for (const app of complete)
      expect(paths.filter((p) => p.includes(`/apps/${app.id}/`) || p.includes(`/apps/${app.name}/`))).toEqual([]);
    expect(paths.filter((p) => /\/v1\/(apps|collaborators)$/.test(p))).toEqual([]); // the lists were kept

    // The same account scanned again from the start, uninterrupted: the same snapshot.
    await options.page.reload();
    await options.page.getByRole('button', { name: /Rescan everything now/ }).click();
    await expect.poll(() => mock.log().filter((l) => l.path === '/v1/client/tfa').length).toBe(1);
    await expect(popup.getByRole('button', { name: 'Rescan' })).toBeEnabled({ timeout: 60_000 });
    expect(content(await storedRecord(ext, 'snapshot'))).toEqual(content(resumed));
  },
);
