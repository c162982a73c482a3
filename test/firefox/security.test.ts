import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RECORDS } from '../../lib/storage/records';
import { EXTENSION_ORIGIN, launchFirefoxWithExtension, type FirefoxWithExtension } from '../harness/firefox';
import { startScalingoProxy, type ScalingoProxy } from '../harness/scalingo-proxy';
import { startMockScalingo, type MockScalingo } from '../mock-scalingo/server';
import { inContentScript } from './content-world';
import { chipOf, click, fill, waitForText } from './people';
import { storageDump, storedEventually, storedRecord } from './stored';

// The token and the trusted state out of reach of the dashboard's content script, in Firefox:
// checked from inside the content script's own sandbox (content-world.ts), after the owner
// connected with "remember on this device" (the sealed copy in the extension's IndexedDB) and
// the first scan ended. Firefox differs from Chrome on storage access levels: proven here.
// The background's gate (lib/messages/dispatch.ts) is checked too: writes, settings and page
// readings about another app are refused to it, as in Chrome.

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

  test('the extension’s settings page, framed from it, is neither loaded nor reachable: no document, no `browser`, no IndexedDB', async () => {
    // The manifest lists no web-accessible resource, so the frame must not load the page; and
    // were it loaded, the sandbox must not reach into it (Firefox's content scripts carry the
    // extension's principal too). The content script's own indexedDB is the page's: no test there.
    const framed = (await inContentScript(
      firefox,
      dashboard,
      `new Promise((ok) => {
        const frame = document.createElement('iframe');
        const look = (event) => {
          const reach = (read) => { try { return { ok: true, value: String(read()) }; } catch (e) { return { ok: false, value: String(e.message || e) }; } };
          ok({
            event,
            url: reach(() => frame.contentWindow.document.URL),
            text: reach(() => frame.contentWindow.document.body?.innerText ?? ''),
            browser: reach(() => typeof frame.contentWindow.browser + '/' + typeof frame.contentWindow.wrappedJSObject?.browser),
            indexedDB: reach(() => typeof frame.contentWindow.indexedDB.open),
          });
          frame.remove();
        };
        frame.addEventListener('load', () => look('load'));
        frame.addEventListener('error', () => look('error'));
        frame.src = browser.runtime.getURL('/options.html');
        document.body.append(frame);
      })`,
    )) as Record<string, { ok: boolean; value: string } | string>;
    const settingsUrl = `${EXTENSION_ORIGIN}/options.html`;
    for (const part of ['url', 'text', 'browser', 'indexedDB'] as const) {
      const seen = framed[part] as { ok: boolean; value: string };
      expect(JSON.stringify(seen), part).not.toContain(settingsUrl);
      expect(seen.value, part).not.toContain('Scalingo API token');
    }
    const browserSeen = framed.browser as { ok: boolean; value: string };
    expect(!browserSeen.ok || browserSeen.value === 'undefined/undefined', `browser: ${browserSeen.value}`).toBe(true);
    const url = framed.url as { ok: boolean; value: string };
    // Either the frame's document is out of reach, or it is not the extension's (a blocked load).
    expect(!url.ok || !url.value.startsWith(EXTENSION_ORIGIN), `frame document: ${url.value}`).toBe(true);
  });

  test('asking the background for the token, the settings or the review is refused', async () => {
    for (const message of [
      { type: 'getSettings' },
      { type: 'getSnapshot' },
      { type: 'getAccess' },
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

  test('a page reading about another app than the page’s is refused, as in Chrome', async () => {
    const row = (app: string) => ({
      email: 'eve@evil.example',
      role: 'owner',
      tfa: true,
      pending: false,
      deleted: false,
      app,
    });
    const other = await inContentScript(
      firefox,
      dashboard,
      `browser.runtime.sendMessage(${JSON.stringify({ type: 'pageReading', rows: [row('billing-api-prod')] })})`,
    );
    expect(other).toMatchObject({ ok: false, kind: 'forbidden' });
    const mixed = { type: 'pageReading', rows: [row('shop-api-staging'), row('billing-api-prod')] };
    const both = await inContentScript(firefox, dashboard, `browser.runtime.sendMessage(${JSON.stringify(mixed)})`);
    expect(both).toMatchObject({ ok: false, kind: 'forbidden' });
    // Its own app's rows pass the gate (and are ignored: a token is connected, not page-only mode).
    const own = { type: 'pageReading', rows: [row('shop-api-staging')] };
    expect(await inContentScript(firefox, dashboard, `browser.runtime.sendMessage(${JSON.stringify(own)})`)).toEqual({
      ok: true,
      data: false,
    });
    expect(await storedRecord(settings, RECORDS.pages)).toBeUndefined();
  });

  test('writes and settings asked from it are refused as forbidden, and change nothing', async () => {
    const decision = { findingId: 'any', kind: 'revoke', justification: '', until: null };
    for (const message of [
      { type: 'saveSettings', settings: { pageOnly: true } },
      { type: 'applyPlan', planId: 'plan-1', confirm: true },
      { type: 'forgetEverything', confirm: true },
      { type: 'decide', decision },
      { type: 'decideMany', decisions: [decision] },
      { type: 'completeReview' },
    ]) {
      const reply = await inContentScript(
        firefox,
        dashboard,
        `browser.runtime.sendMessage(${JSON.stringify(message)})`,
      );
      expect(reply, message.type).toMatchObject({ ok: false, kind: 'forbidden' });
    }
    expect(await storedRecord(settings, RECORDS.sealedApiToken), 'still remembered').toBeDefined();
    expect(await storedRecord(settings, RECORDS.digest), 'review still there').toBeDefined();
    expect(await storedRecord(settings, RECORDS.settings)).not.toMatchObject({ pageOnly: true });
    expect(mock.log().filter((e) => ['PATCH', 'PUT', 'DELETE'].includes(e.method))).toEqual([]);
  });

  test('connected without "remember on this device", sign-out empties storage.session: no token, no bearer', async () => {
    await settings.bringToFront();
    await click(settings, 'button', 'Sign out and forget the token');
    await waitForText(settings, '[data-testid="connection"]', 'Not connected.');
    await fill(settings, 'Scalingo API token', token);
    const checked = await settings.evaluate(
      () =>
        (
          [...document.querySelectorAll('label')].find((l) => l.textContent?.includes('Remember on this device'))
            ?.control as HTMLInputElement | undefined
        )?.checked,
    );
    expect(checked, 'the settings show no "Remember on this device"').toBeTypeOf('boolean');
    if (checked) await click(settings, 'label', 'Remember on this device');
    await click(settings, 'button', 'Connect');
    await waitForText(settings, '[data-testid="connection"]', 'Connected as');
    expect(await storedRecord(settings, RECORDS.sealedApiToken), 'not remembered: nothing sealed').toBeUndefined();
    const during = JSON.stringify(await storageDump(settings, 'session'));
    expect(during, 'the session holds the token while connected').toContain(token);
    await click(settings, 'button', 'Sign out and forget the token');
    await waitForText(settings, '[data-testid="connection"]', 'Not connected.');
    const after = await storageDump(settings, 'session');
    expect(JSON.stringify(after)).not.toContain(token);
    expect(JSON.stringify(after)).not.toMatch(/bearer|eyJ/i);
    expect(Object.keys(after)).not.toContain('apiToken');
  });

  test('the extension logged no error while attacked', async () => {
    expect(await firefox.consoleErrors()).toEqual([]);
  });
});
