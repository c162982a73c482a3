import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LoadedExtension } from '../harness/launch';
import { connectedAndScanned } from './dashboard-helpers';
import { expect, openPopup, OptionsPage, storedRecord, test, stopWorker } from './fixtures';

// Updates over older stored data, in Chromium: the extension restarts and moves what
// storage.local held into its IndexedDB (the first release's snapshot as the current version;
// the previous release's decisions, accepted risks and settings), then never reads it again.

type Local = {
  chrome: {
    storage: {
      local: { clear(): Promise<void>; set(v: object): Promise<void>; get(k: null): Promise<Record<string, unknown>> };
    };
    runtime: { reload(): void };
  };
};

test('after an update from the first release, the popup shows the account as last scanned, in the language chosen then', async ({
  ext,
}) => {
  const stored = JSON.parse(
    readFileSync(fileURLToPath(new URL('../fixtures/storage/layout-1-local.json', import.meta.url)), 'utf8'),
  ) as Record<string, unknown>;
  delete stored._comment;
  // The fresh install's own first start must be over, or it would migrate what is written below.
  await expect.poll(() => storedRecord(ext, 'storageLayout')).toBe(4);
  await ext.worker.evaluate(async (s) => {
    const { local } = (globalThis as unknown as Local).chrome.storage;
    await local.clear();
    await local.set(s);
    // The first release kept nothing in IndexedDB: the database this fresh install made goes.
    await new Promise((ok, ko) => {
      const req = indexedDB.deleteDatabase('scalingo-access-review');
      req.onsuccess = ok;
      req.onerror = ko;
    });
  }, stored);
  // The worker stops, as after an update; the next page wakes a fresh one, which migrates first.
  const page = await ext.context.newPage();
  await stopWorker(ext, page);

  const popup = await openPopup(ext);
  const regions = popup.getByTestId('regions');
  await expect(regions.locator('tr[data-region="osc-secnum-fr1"]')).toContainText('1');
  await expect(regions.locator('tr[data-region="osc-fr1"]')).toContainText('1');
  await expect(popup.locator('html')).toHaveAttribute('lang', 'fr');
  const worker = ext.context.serviceWorkers()[0] ?? (await ext.context.waitForEvent('serviceworker'));
  const local = await worker.evaluate(() => (globalThis as unknown as Local).chrome.storage.local.get(null));
  expect(local).toEqual({});
  expect(await storedRecord(ext, 'storageLayout')).toBe(4);
});

/** Puts the small items back where layout 3 kept them (storage.local, with WXT's version metadata), as the previous release left them. */
async function backToLayout3(ext: LoadedExtension, plantedBefore: Record<string, unknown>): Promise<void> {
  await ext.worker.evaluate(async (planted) => {
    const db = await new Promise<IDBDatabase>((ok, ko) => {
      const req = indexedDB.open('scalingo-access-review');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => ko(req.error ?? new Error('IndexedDB failed'));
    });
    const store = () => db.transaction('data', 'readwrite').objectStore('data');
    const get = (k: string) =>
      new Promise<unknown>((ok) => (store().get(k).onsuccess = (e) => ok((e.target as IDBRequest).result)));
    const del = (k: string) => new Promise((ok) => (store().delete(k).onsuccess = ok));
    const local: Record<string, unknown> = { storageLayout: 3 };
    for (const key of ['settings', 'policy', 'acceptances', 'decisions', 'changes', 'reviewDigest', 'sealedApiToken']) {
      const value = await get(key);
      if (value !== undefined) Object.assign(local, { [key]: value, [`${key}$`]: { v: 1 } });
      await del(key);
    }
    await del('storageLayout');
    db.close();
    Object.assign(local.settings as object, planted);
    await (globalThis as unknown as Local).chrome.storage.local.set(local);
  }, plantedBefore);
}

test('after an update from the previous release, decisions, accepted risks and history survive; a planted auth URL is dropped with a note, and what was kept is counted for review', async ({
  ext,
  demoToken,
}) => {
  const options = await connectedAndScanned(ext, demoToken);
  const ask = (m: object) =>
    options.page.evaluate(
      (msg) =>
        (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean; data: never }> } };
          }
        ).chrome.runtime.sendMessage(msg),
      m,
    );
  expect(await ask({ type: 'completeReview' })).toMatchObject({ ok: true });
  const review = (await ask({ type: 'getReview' })) as { data: { findings: { id: string }[] } };
  const [kept, accepted] = review.data.findings;
  expect(
    await ask({
      type: 'decide',
      decision: { findingId: kept!.id, kind: 'keep', justification: 'Still on the project', until: null },
    }),
  ).toMatchObject({ ok: true });
  expect(
    await ask({ type: 'acceptRisk', findingId: accepted!.id, justification: 'Contractor until March', days: 90 }),
  ).toMatchObject({ ok: true });

  await backToLayout3(ext, { authUrl: 'https://auth.evil.example', language: 'en' });
  const page = await ext.context.newPage();
  await stopWorker(ext, page);

  await page.goto(ext.pageUrl('review') + '#view=cards');
  await expect(page.locator(`article[data-finding="${kept!.id}"]`).getByRole('status')).toContainText('Decided: Keep');
  await expect(page.locator(`article[data-finding="${accepted!.id}"]`)).toContainText('Contractor until March');
  await expect(page.getByText(/Since the review of/)).toBeVisible();

  const settings = await OptionsPage.open(ext);
  const notes = settings.page.getByTestId('upgrade-notice');
  await expect(notes.filter({ hasText: 'auth service URL went back to Scalingo’s own' })).toBeVisible();
  // Kept, but a page could have written them before the update: the user is asked to look (a
  // reasoned "keep" is also kept as an accepted risk until the review period ends).
  await expect(notes.filter({ hasText: 'kept 2 accepted risks and 1 decisions' })).toContainText(
    'trusted domains and service accounts',
  );
  await expect(settings.page.getByTestId('auth-url-fixed')).toContainText(
    'only ever sent to https://auth.scalingo.com',
  );
  const worker = ext.context.serviceWorkers()[0] ?? (await ext.context.waitForEvent('serviceworker'));
  expect(await worker.evaluate(() => (globalThis as unknown as Local).chrome.storage.local.get(null))).toEqual({});
});
