import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Acceptance } from '../../../lib/engine/acceptances';
import { Decision } from '../../../lib/review/decisions';
import { ReviewRecord } from '../../../lib/review/record';
import { readSnapshot } from '../../../lib/scan/snapshot-migrate';
import { parseSettings } from '../../../lib/settings';
import { LAYOUT_KEY, migrateStorage, STORAGE_LAYOUT, type MigrationStores } from '../../../lib/storage/migrate';
import { NOTICES } from '../../../lib/storage/planted';
import { createService } from '../../../lib/background/service';
import { app, collaborator, fakeClient, memoryDeps, region } from '../helpers';

// An update never loses what an owner stored: from the first release's storage, and from the
// layouts before everything moved to IndexedDB, to today's, with every value still readable.
// storage.local is read for that one upgrade only (lib/storage/migrate.ts).

function memoryStores(local: Record<string, unknown>, records: Record<string, unknown> = {}, fresh = false) {
  const stores: MigrationStores = {
    local: {
      get: async (keys) =>
        Object.fromEntries(keys.filter((k) => k in local).map((k) => [k, structuredClone(local[k])])),
      remove: async (keys) => keys.forEach((k) => delete local[k]),
    },
    records: {
      get: async (k) => structuredClone(records[k]),
      put: async (k, v) => void (records[k] = structuredClone(v)),
      delete: async (k) => void delete records[k],
    },
    freshInstall: async () => fresh,
  };
  return { stores, local, records };
}

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/storage', name), 'utf8')) as Record<
    string,
    unknown
  >;

describe('storage migrations', () => {
  it('from the first release: the v1 snapshot moves to IndexedDB as v2, settings and the sealed token too', async () => {
    const { stores, local, records } = memoryStores(fixture('layout-1-local.json'));
    expect(await migrateStorage(stores)).toEqual({
      from: 1,
      moved: ['snapshot', 'settings', 'sealedApiToken'],
      notices: [NOTICES.switches],
    });
    const snapshot = readSnapshot(records.snapshot)!;
    expect(snapshot.version).toBe(2);
    expect(snapshot.assignments.map((a) => a.email)).toContain('eve@freelance.example');
    expect(snapshot.apps.find((a) => a.name === 'vault')?.secnum).toBe(true);
    expect(parseSettings(records.settings)).toMatchObject({ language: 'fr', rememberToken: false }); // a page could have set it
    expect(records.sealedApiToken).toEqual({ iv: 'AAAAAAAAAAAAAAAA', data: 'sealed-bytes-not-a-token' });
    expect(Object.keys(local)).toEqual(['_comment']);
    expect(records[LAYOUT_KEY]).toBe(STORAGE_LAYOUT);
  });

  it('from layout 2: decisions, accepted risks and review history survive, event records are left to the next scan', async () => {
    // What the extension stored then, made by the review engine itself.
    const made = memoryDeps(
      () =>
        fakeClient({
          regions: [region('osc-fr1')],
          apps: { 'osc-fr1': [app('shop')] },
          collaborators: [collaborator('shop', 'eve@freelance.example', { tfa_status: false })],
        }).client,
    );
    const service = createService(made.deps);
    await service.handle({ type: 'connect', token: 'tk-us-good', remember: false });
    await service.idle();
    await service.handle({ type: 'completeReview' }); // a review completed earlier: the history
    const [finding, other] = (await service.handle({ type: 'getReview' }))!.findings;
    await service.handle({
      type: 'acceptRisk',
      findingId: finding!.id,
      justification: 'Contractor until March',
      days: 90,
    });
    await service.handle({
      type: 'decide',
      decision: { findingId: other!.id, kind: 'keep', justification: 'Still needed', until: null },
    });
    const s = made.state;
    const { stores, local, records } = memoryStores({
      settings: s.settings,
      policy: s.policy,
      acceptances: s.acceptances,
      decisions: s.decisions,
      changes: s.changes,
      snapshot: s.snapshot,
      snapshot$: { v: 1 },
      activity: s.activity,
      activity$: { v: 1 },
      history: s.history,
      history$: { v: 1 },
    });

    expect((await migrateStorage(stores)).from).toBe(2);
    expect(readSnapshot(records.snapshot)).toEqual(s.snapshot);
    expect(records.activity).toBeUndefined(); // read again from Scalingo, never imported
    expect((records.history as unknown[]).map((r) => ReviewRecord.parse(r).id)).toEqual(s.history.map((r) => r.id));
    expect(Decision.array().parse(records.decisions)).toEqual(s.decisions);
    expect(s.decisions).toEqual([expect.objectContaining({ justification: 'Still needed' })]);
    expect(s.history).toHaveLength(1);
    expect(Acceptance.array().parse(records.acceptances)[0]).toMatchObject({
      findingId: finding!.id,
      justification: 'Contractor until March',
    });
    expect(Object.keys(local)).toEqual([]);
  });

  it('runs once: a second run changes nothing, and a newer record already in IndexedDB wins', async () => {
    const newer = { version: 2, marker: 'newer' };
    const { stores, records } = memoryStores(fixture('layout-1-local.json'), { snapshot: newer });
    expect((await migrateStorage(stores)).moved).not.toContain('snapshot');
    expect(records.snapshot).toEqual(newer);
    expect(await migrateStorage(stores)).toEqual({ from: STORAGE_LAYOUT, moved: [], notices: [] });
  });

  it('merges legacy review history into one already in IndexedDB (a migration that failed once), losing none', async () => {
    const { stores, records } = memoryStores({ history: [{ id: 'r1' }, { id: 'r2' }] }, { history: [{ id: 'r3' }] });
    await migrateStorage(stores);
    expect((records.history as { id: string }[]).map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
  });

  it('drops an unreadable legacy snapshot rather than showing it wrong, and keeps the rest', async () => {
    const { stores, local, records } = memoryStores({
      snapshot: { version: 1, apps: 'damaged' },
      history: [{ id: 'r1' }],
      settings: { language: 'en' },
    });
    expect(await migrateStorage(stores)).toEqual({ from: 2, moved: ['history', 'settings'], notices: [] });
    expect(records.snapshot).toBeUndefined();
    expect(records.settings).toEqual({ language: 'en' });
    expect(local).toEqual({});
  });

  it('a fresh install is marked current without moving anything', async () => {
    const { stores, records } = memoryStores({});
    expect(await migrateStorage(stores)).toEqual({ from: STORAGE_LAYOUT, moved: [], notices: [] });
    expect(records[LAYOUT_KEY]).toBe(STORAGE_LAYOUT);
  });
});
