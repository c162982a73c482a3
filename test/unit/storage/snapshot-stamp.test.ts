import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { app, person, snapshot } from '../rules/builders';

// The stored snapshot is parsed once per snapshot stored, not on each of the review page's
// opening asks (issue #19): a read checks the stamp written with it, and reads the snapshot
// itself only for another stamp, or none. What a read returns is always what is stored.

vi.mock('../../../lib/storage/idb', async () => ({ idb: (await import('./map-idb')).mapIdb }));
const { records, reads } = await import('./map-idb');
const { browserStore } = await import('../../../lib/background/browser-store');
const { RECORDS } = await import('../../../lib/storage/items');
const { readSnapshot } = await import('../../../lib/scan/snapshot-migrate');

const one = () => snapshot([app('web')], [person('web', 'eve@gmail.com')]);
const other = () => snapshot([app('api')], [person('api', 'bob@gmail.com')]);
const snapshotReads = () => reads.filter((k) => k === RECORDS.snapshot).length;

beforeEach(async () => {
  records.clear();
  reads.length = 0;
  fakeBrowser.reset();
  await browserStore.setSnapshot(null); // nothing kept from the test before
});

describe('reading the stored snapshot', () => {
  it('reads and parses it once while the same one stays stored', async () => {
    records.set(RECORDS.snapshot, one());
    records.set(RECORDS.snapshotStamp, 'written-elsewhere');
    const first = await browserStore.getSnapshot();
    expect(first?.apps.map((a) => a.name)).toEqual(['web']);
    expect(await browserStore.getSnapshot()).toBe(first);
    expect(await browserStore.getSnapshot()).toBe(first);
    expect(snapshotReads()).toBe(1);
  });

  it('answers with the very snapshot written, without reading it back, until another is stored', async () => {
    const written = one();
    await browserStore.setSnapshot(written);
    const read = await browserStore.getSnapshot();
    expect(read).toBe(written);
    expect(read).toEqual(readSnapshot(structuredClone(written)));
    expect(snapshotReads()).toBe(0);
    records.set(RECORDS.snapshot, other());
    records.set(RECORDS.snapshotStamp, 'written-elsewhere');
    expect((await browserStore.getSnapshot())?.apps.map((a) => a.name)).toEqual(['api']);
  });

  it('reads the new one after a write, and nothing after a forget', async () => {
    await browserStore.setSnapshot(one());
    await browserStore.getSnapshot();
    await browserStore.setSnapshot(other());
    expect((await browserStore.getSnapshot())?.apps.map((a) => a.name)).toEqual(['api']);
    await browserStore.clearAll();
    expect(await browserStore.getSnapshot()).toBeNull();
    expect(records.has(RECORDS.snapshotStamp)).toBe(false);
  });

  it('reads the stored record again when it carries no stamp (written before stamps, or by hand)', async () => {
    records.set(RECORDS.snapshot, one());
    expect((await browserStore.getSnapshot())?.apps.map((a) => a.name)).toEqual(['web']);
    records.set(RECORDS.snapshot, other());
    expect((await browserStore.getSnapshot())?.apps.map((a) => a.name)).toEqual(['api']);
    expect(snapshotReads()).toBe(2);
  });

  it('reads it again when another stamp is stored with it (another worker or page wrote it)', async () => {
    await browserStore.setSnapshot(one());
    await browserStore.getSnapshot();
    records.set(RECORDS.snapshot, other());
    records.set(RECORDS.snapshotStamp, 'written-elsewhere');
    expect((await browserStore.getSnapshot())?.apps.map((a) => a.name)).toEqual(['api']);
  });

  it('reads a damaged stored snapshot as none, every time', async () => {
    await browserStore.setSnapshot(one());
    records.set(RECORDS.snapshot, { apps: 'broken' });
    records.set(RECORDS.snapshotStamp, 'another');
    expect(await browserStore.getSnapshot()).toBeNull();
    records.set(RECORDS.snapshot, one());
    records.set(RECORDS.snapshotStamp, 'yet-another');
    expect((await browserStore.getSnapshot())?.apps.map((a) => a.name)).toEqual(['web']);
  });
});
