import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoUser } from '../e2e/expected';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../harness/firefox';
import { startScalingoProxy, type ScalingoProxy } from '../harness/scalingo-proxy';
import { startMockScalingo, type MockScalingo } from '../mock-scalingo/server';
import { chipOf, click, fill, waitForText } from './people';
import { storageDump, storedEventually, storedRecord } from './stored';

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

  test('the owner connects with the demo token and sees who is connected', async () => {
    await fill(settings, 'Scalingo API token', mock.state.tokens[0]!.token);
    await click(settings, 'button', 'Connect');
    const { user } = demoUser(mock);
    await waitForText(settings, '[data-testid="connection"]', `Connected as ${user.username} (${user.email})`);
  });

  test('the first scan ends and its review is stored', async () => {
    const digest = (await storedEventually(settings, 'reviewDigest')) as { summary: { open: Record<string, number> } };
    expect(Object.values(digest.summary.open).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  test('the dashboard’s collaborators page gets its chips', async () => {
    dashboard = await firefox.browser.newPage();
    await dashboard.goto(appUrl('osc-fr1', 'shop-api-staging'));
    const chip = await chipOf(dashboard, 'bruno@acme.example');
    expect(await chip.evaluate((c) => (c as HTMLElement).innerText)).toMatch(
      /^P\d · Collaborator · 2FA · active \d+ days ago · → Limited$/,
    );
  });

  test('a chip opens the review on its finding', async () => {
    await (await chipOf(dashboard, 'bruno@acme.example')).click();
    await click(dashboard, 'button', 'Open this finding in the review');
    review = await firefox.extensionTab('/review.html');
    await waitForText(review, 'article[aria-current="true"]', 'bruno has full access to shop-api-staging');
  });

  test('the review page decides one finding and previews the plan', async () => {
    const card = 'article[aria-current="true"]';
    await click(review, `${card} label`, 'Downgrade to Limited');
    await click(review, `${card} button`, 'Save the decision');
    await waitForText(review, `${card} [role="status"]`, 'Decided');
    await click(review, '[data-testid="plan"] button', 'Preview the 1 planned change');
    const call = await waitForText(review, '[data-testid="plan"] code', 'PATCH /v1/apps/');
    expect(call).toContain('"is_limited":true');
    expect(mock.log().filter((e) => e.method === 'PATCH')).toEqual([]);
  });

  test('signing out forgets the token', async () => {
    await settings.bringToFront();
    await click(settings, 'button', 'Sign out and forget the token');
    await waitForText(settings, '[data-testid="connection"]', 'Not connected.');
    expect(JSON.stringify(await storageDump(settings, 'session'))).not.toContain(mock.state.tokens[0]!.token);
    expect(await storedRecord(settings, 'sealedApiToken')).toBeUndefined();
  });

  test('the extension’s pages and background logged no console error on the way', async () => {
    expect(await firefox.consoleErrors()).toEqual([]);
  });
});
