import { test as base, expect, type Page } from '@playwright/test';
import { launchWithExtension, type LoadedExtension } from '../harness/launch';
export { putStoredRecord, storedKeys, storedRecord } from '../harness/stored';
import { routeDashboard, routeScalingoApi } from '../harness/routes';
import { startMockScalingo, type Dataset, type MockScalingo } from '../mock-scalingo/server';

// Each test gets a fresh mock Scalingo (demo dataset) advertising Scalingo's real API host
// names, and a fresh Chromium with the production build, those hosts routed to the mock.

export const SCALINGO_HOSTS_TEMPLATE = 'https://api.{region}.scalingo.com';

/** `dataset`: the mock's account, the demo unless a spec says `test.use({ dataset })`. */
type Fixtures = { dataset: string | Dataset; mock: MockScalingo; ext: LoadedExtension; demoToken: string };

export const test = base.extend<Fixtures>({
  dataset: ['demo', { option: true }],
  mock: async ({ dataset }, use) => {
    const mock = await startMockScalingo({ dataset, publicUrl: SCALINGO_HOSTS_TEMPLATE, rateLimit: false });
    await use(mock);
    await mock.close();
  },
  ext: async ({ mock }, use) => {
    const ext = await launchWithExtension();
    await routeScalingoApi(ext.context, mock.url);
    await routeDashboard(ext.context);
    await use(ext);
    await ext.context.close();
  },
  demoToken: async ({ mock }, use) => {
    await use(mock.state.tokens[0]!.token);
  },
});
export { expect };

/** The settings page, as a person uses it. */
export class OptionsPage {
  constructor(readonly page: Page) {}
  static async open(ext: LoadedExtension): Promise<OptionsPage> {
    const page = await ext.context.newPage();
    await page.goto(ext.pageUrl('options'));
    return new OptionsPage(page);
  }
  async connect(token: string, remember = false) {
    await this.page.getByLabel('Scalingo API token').fill(token);
    if (remember) await this.page.getByLabel(/Remember on this device/).check();
    await this.page.getByRole('button', { name: 'Connect' }).click();
  }
  connection = () => this.page.getByTestId('connection');
  alert = () => this.page.getByRole('alert').first();
}

export async function openPopup(ext: LoadedExtension): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 380, height: 520 });
  await page.goto(ext.pageUrl('popup'));
  return page;
}

type StorageArea = 'local' | 'session';
type ChromeStorage = { storage: Record<StorageArea, { get(k: null): Promise<object>; clear(): Promise<void> }> };

/** Everything in one of the extension's storage areas, read inside the service worker. */
export function storageDump(ext: LoadedExtension, area: StorageArea): Promise<Record<string, unknown>> {
  return ext.worker.evaluate(
    (a) => (globalThis as unknown as { chrome: ChromeStorage }).chrome.storage[a].get(null),
    area,
  ) as Promise<Record<string, unknown>>;
}

/** Empties a storage area, as the end of a browser session does for `session`. */
export function clearStorage(ext: LoadedExtension, area: StorageArea): Promise<void> {
  return ext.worker.evaluate(
    (a) => (globalThis as unknown as { chrome: ChromeStorage }).chrome.storage[a].clear(),
    area,
  );
}

/** Stops the extension's service worker, as an update or the browser does, and waits until the browser reports it stopped. */
export async function stopWorker(ext: LoadedExtension, page: Page): Promise<void> {
  const cdp = await ext.context.newCDPSession(page);
  type Versions = { versions: { scriptURL: string; runningStatus: string }[] };
  let asked = false;
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', (e: Versions) => {
      const ours = e.versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${ext.extensionId}/`));
      if (asked && ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) resolve();
    }),
  );
  await cdp.send('ServiceWorker.enable');
  asked = true;
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
}
