import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RECORDS } from '../../lib/storage/records';
import { demoUser } from '../e2e/expected';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../harness/firefox';
import { startScalingoProxy, type ScalingoProxy } from '../harness/scalingo-proxy';
import { startMockScalingo, type MockScalingo } from '../mock-scalingo/server';
import { chipOf, click, fill, waitForText } from './people';
import { storageDump, storedEventually, storedRecord, storedWhen } from './stored';

// The owner's journey in Firefox, one step per test, in order, on one browser: the Firefox
// production build installed in headless Firefox ESR, Scalingo's hosts answered by the mock
// Scalingo server (demo dataset) and the dashboard by the committed fixture pages.

let mock: MockScalingo;
let proxy: ScalingoProxy;
let firefox: FirefoxWithExtension;
let settings: Page;
let dashboard: Page;
let review: Page;

beforeAll(async () => {
  mock = await startMockScalingo({ dataset: 'demo', publicUrl: 'https://api.{region}.scalingo.com', rateLimit: false });
  proxy = await startScalingoProxy(mock.url);
  firefox = await launchFirefoxWithExtension({ proxyPort: proxy.port });
});

afterAll(async () => {
  await firefox?.close();
  await proxy?.close();
  await mock?.close();
});

const appUrl = (region: string, app: string) =>
  `https://dashboard.scalingo.com/apps/${region}/${app}/settings/collaborators`;

describe('the owner’s journey in Firefox', () => {
  test('on first install, the extension opens its settings', async () => {
    settings = await firefox.extensionTab('/options.html');
    await waitForText(settings, 'body', 'Scalingo API token');
    await waitForText(settings, '[data-testid="connection"]', 'Not connected.');
  });

  test('the owner connects with the demo token, remembered on this device, and sees who is connected', async () => {
    await fill(settings, 'Scalingo API token', mock.state.tokens[0]!.token);
    await click(settings, 'label', 'Remember on this device');
    await click(settings, 'button', 'Connect');
    const { user } = demoUser(mock);
    await waitForText(settings, '[data-testid="connection"]', `Connected as ${user.username} (${user.email})`);
    // Remembered: the token sealed in the extension's IndexedDB, what sign-out must then erase.
    expect(await storedEventually(settings, RECORDS.sealedApiToken)).toEqual({
      iv: expect.any(String),
      data: expect.any(String),
    });
  });

  test('the first scan ends and its review is stored', async () => {
    expect(settings, 'step 1 found no settings tab').toBeDefined();
    // The digest is stored on every partial publication too, with `account.reading` while apps
    // are still being read: only its absence says the scan ended, complete.
    type Digest = {
      account: { reading?: { apps: number; stopped: boolean } };
      summary: { open: Record<string, number> };
    };
    const digest = await storedWhen<Digest>(
      settings,
      RECORDS.digest,
      (d) => d.account?.reading === undefined,
      'a scan that ended',
    );
    expect(digest.account.reading).toBeUndefined();
    expect(Object.values(digest.summary.open).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  test('the dashboard’s collaborators page gets its chips', async () => {
    expect(await storedRecord(settings, RECORDS.digest), 'step 3 stored no review').toBeDefined();
    dashboard = await firefox.browser.newPage();
    await dashboard.goto(appUrl('osc-fr1', 'shop-api-staging'));
    const chip = await chipOf(dashboard, 'bruno@acme.example');
    expect(await chip.evaluate((c) => (c as HTMLElement).innerText)).toMatch(
      /^P\d · Collaborator · 2FA · active \d+ days ago · → Limited$/,
    );
  });

  test('a chip opens the review on its finding', async () => {
    expect(dashboard, 'step 4 opened no dashboard tab').toBeDefined();
    await (await chipOf(dashboard, 'bruno@acme.example')).click();
    await click(dashboard, 'button', 'Open this finding in the review');
    review = await firefox.extensionTab('/review.html');
    await waitForText(review, 'article[aria-current="true"]', 'bruno has full access to shop-api-staging');
  });

  test('the review page decides one finding and previews the plan', async () => {
    expect(review, 'step 5 found no review tab').toBeDefined();
    const card = 'article[aria-current="true"]';
    await click(review, `${card} label`, 'Downgrade to Limited');
    await click(review, `${card} button`, 'Save the decision');
    await waitForText(review, `${card} [role="status"]`, 'Decided');
    await click(review, '[data-testid="plan"] button', 'Preview the 1 planned change');
    const call = await waitForText(review, '[data-testid="plan"] code', 'PATCH /v1/apps/');
    expect(call).toContain('"is_limited":true');
    expect(mock.log().filter((e) => e.method === 'PATCH')).toEqual([]);
  });

  test('signing out forgets the token, its sealed copy and the bearer', async () => {
    expect(settings, 'step 1 found no settings tab').toBeDefined();
    await settings.bringToFront();
    expect(await storedRecord(settings, RECORDS.sealedApiToken), 'sealed before sign-out').toBeDefined();
    expect(Object.keys(await storageDump(settings, 'session')), 'a bearer before sign-out').toContain('bearer');
    await click(settings, 'button', 'Sign out and forget the token');
    await waitForText(settings, '[data-testid="connection"]', 'Not connected.');
    const session = await storageDump(settings, 'session');
    expect(JSON.stringify(session)).not.toContain(mock.state.tokens[0]!.token);
    // Neither the token's nor the bearer's key, nor a bearer (a JWT) under another name.
    expect(Object.keys(session)).not.toContain('apiToken');
    expect(JSON.stringify(session)).not.toMatch(/bearer|eyJ/i);
    expect(await storedRecord(settings, RECORDS.sealedApiToken)).toBeUndefined();
  });

  test('after sign-out, a scan asked from the settings is refused as not connected, and nothing reaches Scalingo', async () => {
    await waitForText(settings, '[data-testid="connection"]', 'Not connected.');
    const signedOutAt = Date.now();
    // The settings offer no rescan any more; asked anyway, through the settings' own channel.
    expect(await settings.$$eval('button', (bs) => bs.map((b) => b.textContent))).not.toContain(
      'Rescan everything now (reads all activity again)',
    );
    const ask = (message: object) =>
      settings.evaluate(
        (m: object) =>
          (
            globalThis as unknown as { browser: { runtime: { sendMessage(m: object): Promise<unknown> } } }
          ).browser.runtime.sendMessage(m),
        message,
      );
    for (const message of [{ type: 'scan', force: true }, { type: 'scan' }])
      expect(await ask(message), JSON.stringify(message)).toMatchObject({
        ok: false,
        message: expect.stringMatching(/^Not connected/),
      });
    expect(mock.log().filter((e) => Date.parse(e.at) >= signedOutAt)).toEqual([]);
  });

  test('the token went only to Scalingo’s API and auth hosts, and nothing else was asked for', () => {
    expect(proxy.strays()).toEqual([]);
  });

  test('the extension’s pages, background and content script logged no error on the way', async () => {
    // The watch itself sees an extension page's console.error (a probe, left out below).
    await settings.evaluate(() => console.error('sar-test probe'));
    await expect
      .poll(() => firefox.consoleErrors(), { timeout: 15_000 })
      .toContainEqual(expect.stringContaining('sar-test probe'));
    expect((await firefox.consoleErrors()).filter((e) => !e.includes('sar-test probe'))).toEqual([]);
  });
});
