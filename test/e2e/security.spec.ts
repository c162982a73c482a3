import { inContentScript } from './content-world';
import { appUrl, connectedAndScanned } from './dashboard-helpers';
import { expect, test } from './fixtures';

// The token stays out of reach of web pages and of the dashboard's content script, checked
// from inside the content script's own isolated world in Chromium (reached through the
// DevTools protocol), and from the pages' own scripts.

const TRY = (body: string) =>
  `(async () => { try { return { ok: true, value: await (${body}) }; } catch (e) { return { ok: false, error: String(e.message ?? e) }; } })()`;

test('the content script cannot obtain the token: not from storage, not by asking', async ({ ext, demoToken }) => {
  await connectedAndScanned(ext, demoToken);
  // Also the "remember on this device" case: the sealed copy sits in the extension's IndexedDB.
  const page = await ext.context.newPage();
  await page.goto(ext.pageUrl('options'));
  await page.getByRole('button', { name: 'Replace token' }).click(); // connected: the form is folded away
  await page.getByLabel(/Remember on this device/).check();
  await page.getByLabel('Scalingo API token').fill(demoToken);
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByTestId('connection')).toContainText('Connected as');

  const dashboard = await ext.context.newPage();
  await dashboard.goto(appUrl('osc-fr1', 'shop-api-staging'));
  await expect(dashboard.locator('sar-badge .chip').first()).toBeVisible();

  const local = (await inContentScript(dashboard, TRY('chrome.storage.local.get(null)'))) as {
    ok: boolean;
    value?: object;
  };
  expect(local.ok).toBe(true);
  expect(JSON.stringify(local.value)).not.toContain(demoToken);
  expect(JSON.stringify(local.value)).not.toMatch(/bearer|eyJ/i);
  const session = (await inContentScript(dashboard, TRY('chrome.storage.session.get(null)'))) as {
    ok: boolean;
    error?: string;
  };
  expect(session).toMatchObject({ ok: false, error: expect.stringMatching(/not allowed|access/i) });
  expect(
    await inContentScript(
      dashboard,
      'typeof indexedDB === "undefined" ? "none" : indexedDB.databases().then((d) => d.map((x) => x.name))',
    ),
  ).not.toContain('scalingo-access-review');

  for (const message of [
    { type: 'getSettings' },
    { type: 'getSnapshot' },
    { type: 'getAccess' },
    { type: 'getReview' },
    { type: 'scan' },
    { type: 'connect', token: 'tk-us-x', remember: false },
    { type: 'previewPlan' },
  ]) {
    const reply = await inContentScript(dashboard, `chrome.runtime.sendMessage(${JSON.stringify(message)})`);
    expect(reply, message.type).toMatchObject({ ok: false, kind: 'forbidden' });
  }
  const other = await inContentScript(
    dashboard,
    `chrome.runtime.sendMessage({ type: 'appView', region: 'osc-fr1', app: 'billing-api-prod' })`,
  );
  expect(other).toMatchObject({ ok: false, kind: 'forbidden' });
  const own = await inContentScript(
    dashboard,
    `chrome.runtime.sendMessage({ type: 'appView', region: 'osc-fr1', app: 'shop-api-staging' })`,
  );
  expect(own).toMatchObject({ ok: true });
  expect(JSON.stringify(own)).not.toContain(demoToken);
  const garbage = await inContentScript(
    dashboard,
    `chrome.runtime.sendMessage({ type: 'appView', region: '../../x', app: '<script>' })`,
  );
  expect(garbage).toMatchObject({ ok: false, kind: 'bad_request' });
});

test('web pages cannot talk to the extension, on the dashboard or elsewhere', async ({ ext, demoToken }) => {
  await connectedAndScanned(ext, demoToken);
  const id = new URL(ext.pageUrl('options')).host;
  for (const url of [appUrl('osc-fr1', 'shop-api-staging'), 'https://evil.example/']) {
    const page = await ext.context.newPage();
    await page.route('https://evil.example/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<h1>Elsewhere</h1>' }),
    );
    await page.goto(url);
    const reply = await page.evaluate(async (extensionId) => {
      const runtime = (
        globalThis as { chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } } }
      ).chrome?.runtime;
      if (!runtime?.sendMessage) return 'no runtime';
      try {
        return await runtime.sendMessage(extensionId, { type: 'getSettings' });
      } catch (e) {
        return `refused: ${(e as Error).message}`;
      }
    }, id);
    expect(reply === 'no runtime' || String(reply).startsWith('refused')).toBe(true);
  }
});
