import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RECORDS } from '../../lib/storage/records';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../harness/firefox';
import { startScalingoProxy, type ScalingoProxy } from '../harness/scalingo-proxy';
import { startMockScalingo, type MockScalingo } from '../mock-scalingo/server';
import { inContentScript } from './content-world';
import { chipOf, click, fill, waitForText } from './people';
import { storageDump, storedEventually } from './stored';

// The token and the trusted state out of reach of the dashboard's content script, in Firefox:
// checked from inside the content script's own sandbox (content-world.ts), after the owner
// connected with "remember on this device" (the sealed copy in the extension's IndexedDB) and
// the first scan ended. Firefox differs from Chrome on storage access levels: proven here.

let mock: MockScalingo;
let proxy: ScalingoProxy;
let firefox: FirefoxWithExtension;
let dashboard: Page;
let settings: Page;
let token: string;

/** In the content script: the outcome of a promise, as `{ ok, value }` or `{ ok: false, error }`. */
const attempt = (body: string) =>
  `(async () => { try { return { ok: true, value: await (${body}) }; } catch (e) { return { ok: false, error: String(e.message ?? e) }; } })()`;

beforeAll(async () => {
  mock = await startMockScalingo({ dataset: 'demo', publicUrl: 'https://api.{region}.scalingo.com', rateLimit: false });
  proxy = await startScalingoProxy(mock.url);
  firefox = await launchFirefoxWithExtension({ proxyPort: proxy.port });
  token = mock.state.tokens[0]!.token;
  settings = await firefox.extensionTab('/options.html');
  await fill(settings, 'Scalingo API token', token);
  await click(settings, 'label', 'Remember on this device');
  await click(settings, 'button', 'Connect');
  await waitForText(settings, '[data-testid="connection"]', 'Connected as');
  await storedEventually(settings, RECORDS.digest);
  expect(await storedEventually(settings, RECORDS.sealedApiToken)).toEqual({
    iv: expect.any(String),
    data: expect.any(String),
  });
  dashboard = await firefox.browser.newPage();
  await dashboard.goto('https://dashboard.scalingo.com/apps/osc-fr1/shop-api-staging/settings/collaborators');
  await chipOf(dashboard, 'bruno@acme.example');
});

afterAll(async () => {
  await firefox?.close();
  await proxy?.close();
  await mock?.close();
});

describe('in Firefox, the dashboard’s content script cannot reach the token or the trusted state', () => {
  test('storage.local holds neither the token, nor a bearer, nor any trusted record', async () => {
    const local = (await inContentScript(firefox, dashboard, attempt('browser.storage.local.get(null)'))) as {
      ok: boolean;
      value?: Record<string, unknown>;
    };
    expect(local.ok).toBe(true);
    expect(JSON.stringify(local.value)).not.toContain(token);
    expect(JSON.stringify(local.value)).not.toMatch(/bearer|eyJ/i);
    expect(Object.keys(local.value ?? {})).toEqual([]);
    // The probe runs in our content script's world: what it writes there, the extension reads.
    await inContentScript(firefox, dashboard, `browser.storage.local.set({ probe: 'from the content script' })`);
    expect(await storageDump(settings, 'local')).toEqual({ probe: 'from the content script' });
    await inContentScript(firefox, dashboard, `browser.storage.local.remove('probe')`);
  });

  test('storage.session, where the token and bearer of this session are, is closed to it', async () => {
    const session = await inContentScript(firefox, dashboard, attempt('browser.storage.session.get(null)'));
    expect(JSON.stringify(session)).not.toContain(token);
    // Firefox does not even give content scripts a storage.session (Chrome refuses access).
    expect(session).toMatchObject({ ok: false, error: expect.stringMatching(/storage\.session/) });
  });

  test('the extension’s IndexedDB (sealed token, key, trusted records) is not the one it opens', async () => {
    const names = await inContentScript(
      firefox,
      dashboard,
      attempt('indexedDB.databases().then((all) => all.map((d) => d.name))'),
    );
    expect(JSON.stringify(names)).not.toContain('scalingo-access-review');
    const stores = await inContentScript(
      firefox,
      dashboard,
      attempt(`new Promise((ok, ko) => {
        const req = indexedDB.open('scalingo-access-review');
        req.onerror = () => ko(req.error);
        req.onsuccess = () => { const names = [...req.result.objectStoreNames]; req.result.close(); indexedDB.deleteDatabase('scalingo-access-review'); ok(names); };
      })`),
    );
    expect(stores).toEqual({ ok: true, value: [] });
  });

  test('asking the background for the token, the settings or the review is refused', async () => {
    for (const message of [
      { type: 'getSettings' },
      { type: 'getSnapshot' },
      { type: 'getReview' },
      { type: 'scan' },
      { type: 'connect', token: 'tk-us-x', remember: false },
      { type: 'previewPlan' },
    ]) {
      const reply = await inContentScript(
        firefox,
        dashboard,
        `browser.runtime.sendMessage(${JSON.stringify(message)})`,
      );
      expect(reply, message.type).toMatchObject({ ok: false, kind: 'forbidden' });
    }
    const other = await inContentScript(
      firefox,
      dashboard,
      `browser.runtime.sendMessage({ type: 'appView', region: 'osc-fr1', app: 'billing-api-prod' })`,
    );
    expect(other).toMatchObject({ ok: false, kind: 'forbidden' });
    const own = await inContentScript(
      firefox,
      dashboard,
      `browser.runtime.sendMessage({ type: 'appView', region: 'osc-fr1', app: 'shop-api-staging' })`,
    );
    expect(own).toMatchObject({ ok: true });
    expect(JSON.stringify(own)).not.toContain(token);
  });
});
