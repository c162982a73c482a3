import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, openPopup, test } from './fixtures';

// An update over the first release's stored data, in Chromium: the extension restarts, moves
// the old snapshot to IndexedDB as the current version, and the popup shows it at once.

type Local = { chrome: { storage: { local: { clear(): Promise<void>; set(v: object): Promise<void>; get(k: null): Promise<Record<string, unknown>> } }; runtime: { reload(): void } } };

test('after an update from the first release, the popup shows the account as last scanned, in the language chosen then', async ({ ext }) => {
  const stored = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/storage/layout-1-local.json', import.meta.url)), 'utf8')) as Record<string, unknown>;
  delete stored._comment;
  await ext.worker.evaluate(async (s) => {
    const { local } = (globalThis as unknown as Local).chrome.storage;
    await local.clear();
    await local.set(s);
  }, stored);
  // The worker stops, as after an update; the next page wakes a fresh one, which migrates first.
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');

  const popup = await openPopup(ext);
  const regions = popup.getByTestId('regions');
  await expect(regions.locator('tr[data-region="osc-secnum-fr1"]')).toContainText('1');
  await expect(regions.locator('tr[data-region="osc-fr1"]')).toContainText('1');
  await expect(popup.locator('html')).toHaveAttribute('lang', 'fr');
  const worker = ext.context.serviceWorkers()[0] ?? (await ext.context.waitForEvent('serviceworker'));
  const local = await worker.evaluate(() => (globalThis as unknown as Local).chrome.storage.local.get(null));
  expect(Object.keys(local)).not.toContain('snapshot');
  expect(local.storageLayout).toBe(3);
});
