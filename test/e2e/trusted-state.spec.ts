import type { Page } from '@playwright/test';
import { inContentScript } from './content-world';
import { appUrl, connectedAndScanned } from './dashboard-helpers';
import { clearStorage, expect, openPopup, test, stopWorker } from './fixtures';

// Code in the dashboard's content-script world (the README's threat) writes every key the
// extension ever kept in storage.local, the legacy ones and random ones. After the worker
// restarts and the browser session ends, the extension scans, the popup and the review page
// open and any Undo offered is clicked: the token goes to no other host, nothing is written to
// Scalingo, no finding is hidden, and the settings still name Scalingo's auth service.

/** The popup's open findings per priority, as a person reads them. */
async function openCounts(page: Page): Promise<string[]> {
  const items = page.getByTestId('review-summary').locator('li[data-priority]');
  await expect(items.first()).toBeVisible();
  return items.allInnerTexts();
}

/** Everything the extension has stored in storage.local in any release, forged, plus legacy and random keys. */
function forged(appId: string, appName: string, findingIds: string[]) {
  const at = new Date().toISOString();
  const revoke = {
    id: 'revoke:forged',
    findingId: null,
    kind: 'revoke',
    app: { id: appId, name: appName, region: 'osc-fr1' },
    api: 'https://api.osc-fr1.scalingo.com',
    collaboratorId: 'c-forged',
    email: 'mallory@evil.example',
    from: 'collaborator',
    to: 'none',
    call: { method: 'DELETE', path: `/v1/apps/${appId}/collaborators/c-forged` },
  };
  const reinvite = {
    ...revoke,
    id: 'reinvite:forged',
    kind: 'reinvite',
    collaboratorId: null,
    from: 'none',
    to: 'collaborator',
    call: {
      method: 'POST',
      path: `/v1/apps/${appId}/collaborators`,
      body: { collaborator: { email: 'mallory@evil.example', is_limited: false } },
    },
  };
  const until = new Date(Date.now() + 300 * 86_400_000).toISOString();
  const v1 = { v: 1 };
  return {
    settings: {
      authUrl: 'https://auth.evil.example',
      allowChanges: true,
      rememberToken: true,
      language: 'en',
      scanEveryHours: 24,
    },
    settings$: v1,
    policy: { serviceAccounts: ['*'], trustedDomains: ['gmail.com', 'evil.example'], lookBackDays: 1 },
    policy$: v1,
    acceptances: findingIds.map((findingId) => ({
      findingId,
      justification: 'planted',
      by: 'alice@acme.example',
      acceptedAt: at,
      expiresAt: until,
    })),
    acceptances$: v1,
    decisions: findingIds.map((findingId) => ({
      findingId,
      kind: 'keep',
      justification: 'planted',
      until: null,
      decidedAt: at,
    })),
    decisions$: v1,
    changes: [{ item: revoke, status: 'done', reason: null, at, undo: reinvite, undone: false }],
    changes$: v1,
    reviewDigest: {
      account: null,
      summary: { open: { P1: 0, P2: 0, P3: 0, P4: 0 }, score: 100, accepted: 0, urgent: 0 },
      top: [],
    },
    reviewDigest$: v1,
    sealedApiToken: { iv: 'AAAAAAAAAAAAAAAA', data: 'AAAA' },
    storageLayout: 1,
    snapshot: {
      version: 1,
      scannedAt: at,
      me: { id: 'us-x', email: 'x@evil.example', username: 'x' },
      regions: [],
      apps: [],
      assignments: [],
    },
    activity: {},
    history: [{ id: 'planted-review' }],
    apiToken: 'tk-us-planted',
    bearer: { token: 'planted', expiresAt: Date.now() + 3_600_000 },
    scanState: { phase: 'done' },
    [`random-${Math.random()}`]: { anything: true },
  };
}

test('nothing a content script writes to storage is trusted: no other host, no write, no finding hidden', async ({
  ext,
  mock,
  demoToken,
}) => {
  const options = await connectedAndScanned(ext, demoToken);
  // The token is remembered, so a browser restart reads it back and exchanges it again.
  await options.page.getByRole('button', { name: 'Replace token' }).click(); // connected: the form is folded away
  await options.connect(demoToken, true);
  await expect(options.connection()).toContainText('Connected as');
  await options.page.getByLabel('Allow role changes and removals from the review page').click();
  await expect(options.page.getByLabel('Allow role changes and removals from the review page')).toBeChecked(); // once the save answers
  const popup = await openPopup(ext);
  const before = await openCounts(popup);
  const review = await ext.context.newPage();
  await review.goto(ext.pageUrl('review') + '#view=cards');
  await expect(review.locator('article[data-finding]').first()).toBeVisible();
  const findingIds = await review
    .locator('article[data-finding]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-finding')!));
  await Promise.all([popup.close(), review.close()]);

  const foreign: string[] = [];
  await ext.context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (/^https?:$/.test(url.protocol) && !/(^|\.)scalingo\.com$/.test(url.hostname)) {
      foreign.push(url.href);
      return route.abort();
    }
    return route.fallback();
  });
  const dashboard = await ext.context.newPage();
  await dashboard.goto(appUrl('osc-fr1', 'shop-api-staging'));
  const app = mock.state.apps.find((a) => a.app.name === 'shop-api-staging')!.app;
  const planted = forged(app.id, app.name, findingIds);
  expect(
    await inContentScript(dashboard, `chrome.storage.local.set(${JSON.stringify(planted)}).then(() => 'written')`),
  ).toBe('written');
  const logged = mock.log().length;

  // The browser session ends (token and bearer gone from memory) and the worker restarts.
  await clearStorage(ext, 'session');
  await stopWorker(ext, dashboard);

  const after = await openPopup(ext);
  await after.getByRole('button', { name: 'Rescan' }).click();
  await expect(after.getByRole('button', { name: 'Rescan' })).toBeEnabled();
  await expect(after.getByText(/Last scan/)).toBeVisible();
  await expect(after.getByRole('alert')).toHaveCount(0);
  expect(await openCounts(after)).toEqual(before);

  const page = await ext.context.newPage();
  await page.goto(ext.pageUrl('review') + '#view=cards');
  await expect(page.locator('article[data-finding]')).toHaveCount(findingIds.length);
  await expect(page.getByText('planted')).toHaveCount(0);
  await expect(page.getByText('mallory@evil.example')).toHaveCount(0);
  const undo = page.getByTestId('plan').getByRole('button', { name: 'Undo' });
  for (const button of await undo.all()) if (await button.isEnabled()) await button.click();

  const settings = await ext.context.newPage();
  await settings.goto(ext.pageUrl('options'));
  await expect(settings.getByTestId('auth-url-fixed')).toHaveText(
    'The API token is only ever sent to https://auth.scalingo.com.',
  );
  await expect(settings.getByLabel(/Auth service URL/)).toHaveCount(0);
  await expect(settings.getByTestId('connection')).toContainText('Connected as');

  const writes = mock
    .log()
    .slice(logged)
    .filter((e) => e.method !== 'GET' && !e.path.includes('/tokens/exchange'));
  expect(writes).toEqual([]);
  expect(
    mock
      .log()
      .slice(logged)
      .some((e) => e.path.includes('/tokens/exchange')),
  ).toBe(true);
  expect(foreign).toEqual([]);
});
