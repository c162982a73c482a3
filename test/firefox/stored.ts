import type { Page } from 'puppeteer-core';

// The extension's trusted state, read from one of its own tabs: its pages share the
// background's origin, so the IndexedDB (lib/storage) and storage areas are theirs to read.
// Firefox's background is an event page that BiDi does not reach.

/** One value of the IndexedDB store `data` (keys in lib/storage/items.ts), or undefined. */
export function storedRecord(tab: Page, key: string): Promise<unknown> {
  return tab.evaluate(
    (k: string) =>
      new Promise((ok, ko) => {
        const req = indexedDB.open('scalingo-access-review');
        req.onerror = () => ko(req.error ?? new Error('IndexedDB did not open'));
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('data')) return (db.close(), ok(undefined));
          const get = db.transaction('data').objectStore('data').get(k);
          get.onsuccess = () => (db.close(), ok(get.result));
          get.onerror = () => ko(get.error ?? new Error('IndexedDB read failed'));
        };
      }),
    key,
  );
}

/** Waits until the record `key` is stored, and returns it. */
export async function storedEventually(tab: Page, key: string, timeoutMs = 20_000): Promise<unknown> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await storedRecord(tab, key);
    if (value !== undefined && value !== null) return value;
    if (Date.now() > until) throw new Error(`Nothing stored under ${key} after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Waits until the record `key` satisfies `done` (`what` names it for the error), and returns it. */
export async function storedWhen<T>(tab: Page, key: string, done: (value: T) => boolean, what: string): Promise<T> {
  const until = Date.now() + 60_000;
  for (;;) {
    const value = (await storedRecord(tab, key)) as T | undefined;
    if (value !== undefined && value !== null && done(value)) return value;
    if (Date.now() > until)
      throw new Error(`${key} never showed ${what}; last: ${JSON.stringify(value)?.slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

type Areas = Record<'local' | 'session', { get(k: null): Promise<object> }>;

/** Everything in one of the extension's storage areas, read by one of its pages. */
export function storageDump(tab: Page, area: 'local' | 'session'): Promise<Record<string, unknown>> {
  return tab.evaluate(
    (a: string) => (globalThis as unknown as { browser: { storage: Areas } }).browser.storage[a as 'local'].get(null),
    area,
  ) as Promise<Record<string, unknown>>;
}
