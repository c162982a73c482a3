import { expect, openPopup, OptionsPage, stopWorker, storedRecord, test } from './fixtures';

// Issue 14: a worker killed mid-scan resumes at the next start from the stored publication. It
// repeats no request for an app already complete, nor the lists, and ends with exactly the
// snapshot a scan never stopped reads: the same apps, people, roles, 2FA, activity over the
// same window, SCM links and tokens; only the times of reading differ.

// The demo account: 2 regions, 2 apps alice collaborates on without owning them.
const FIRST_FINDINGS = 1 + 3 + 2 * 2 + 2; // exchange, self + 2FA + regions, apps + owned lists, 2 lists
const CONNECT = 2; // the settings page checks the token first: an exchange and /users/self

type App = { id: string; name: string; region: string };
type Stored = { apps: App[]; partial?: { pending: string[] } };

/** When each part was read: the only values that differ between two scans of the same account. */
const READ_TIMES = new Set(['scannedAt', 'activityAsOf', 'readAt', 'asOf', 'since']);

/** The snapshot with each time of reading replaced by a mark (the field must still be there). */
function content(snapshot: unknown): unknown {
  return JSON.parse(JSON.stringify(snapshot), (key, value: unknown) => {
    if (READ_TIMES.has(key)) return typeof value === 'string' ? 'a time of reading' : value;
    if (key === 'cost') return undefined; // what the scan cost (compared below), not what it read
    return value;
  });
}

const readsOf = (app: App) => (path: string) =>
  path.includes(`/apps/${app.id}/`) || path.includes(`/apps/${app.name}/`);

test('a worker killed mid-scan resumes: no request for an app already complete, the same snapshot as a scan not stopped', async ({
  ext,
  mock,
  demoToken,
}) => {
  test.setTimeout(120_000);
  // Without the rate limit, which would only make the second scan wait. The scan stops getting
  // answers after the lists and a few apps' reads.
  mock.setFaults({ latencyMs: 100, holdAfterRequests: CONNECT + FIRST_FINDINGS + 8 });
  const options = await OptionsPage.open(ext);
  await options.connect(demoToken);
  await expect.poll(() => mock.log().length, { timeout: 30_000 }).toBe(CONNECT + FIRST_FINDINGS + 8);
  await expect
    .poll(async () => {
      const s = (await storedRecord(ext, 'snapshot')) as Stored | undefined;
      return s?.partial ? s.apps.length - s.partial.pending.length : 0;
    })
    .toBeGreaterThanOrEqual(2);
  const before = mock.log().map((l) => l.path);
  await stopWorker(ext, options.page);

  // The worker starts again (the popup asks it for the status) and goes on from what was stored.
  const popup = await openPopup(ext);
  const kept = (await storedRecord(ext, 'snapshot')) as Stored;
  const isPending = (a: App) => kept.partial!.pending.includes(`${a.region}/${a.id}`);
  const complete = kept.apps.filter((a) => !isPending(a));
  expect(complete.length).toBeGreaterThanOrEqual(2);
  expect(kept.partial!.pending.length).toBeGreaterThan(0);
  mock.clearLog();
  mock.setFaults({ holdAfterRequests: null });
  await expect(popup.getByTestId('reading')).toHaveCount(0, { timeout: 60_000 });
  await expect.poll(async () => ((await storedRecord(ext, 'snapshot')) as Stored).partial).toBeUndefined();
  const resumed = (await storedRecord(ext, 'snapshot')) as Stored & { cost: { requests: number } };
  const after = mock.log().map((l) => l.path);
  expect(after.length).toBeGreaterThan(0);
  for (const app of complete) expect(after.filter(readsOf(app))).toEqual([]);
  // Every request after the restart is a pending app's read, a new exchange, or (held when the
  // worker stopped, so never answered to it) the token list: nothing read before is read again.
  const pending = kept.apps.filter(isPending);
  const allowed = (p: string) =>
    pending.some((a) => readsOf(a)(p)) || p === '/v1/tokens/exchange' || (p === '/v1/tokens' && !before.includes(p));
  expect(after.filter((p) => !allowed(p))).toEqual([]);

  // The same account scanned again from the start, never stopped: exactly the same snapshot.
  mock.clearLog();
  await options.page.reload();
  await options.page.getByRole('button', { name: /Rescan everything now/ }).click();
  await expect.poll(() => mock.log().filter((l) => l.path === '/v1/client/tfa').length).toBe(1);
  await expect(popup.getByRole('button', { name: 'Rescan' })).toBeEnabled({ timeout: 60_000 });
  const whole = (await storedRecord(ext, 'snapshot')) as Stored & { cost: { requests: number } };
  expect(content(whole)).toEqual(content(resumed));
  // The two parts together cost what the whole scan does, but for the reads the stop cut short.
  expect(resumed.cost.requests).toBeGreaterThanOrEqual(whole.cost.requests);
});
