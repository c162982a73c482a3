import { describe, expect, it } from 'vitest';
import { createService } from '../../../lib/background/service';
import { undoOf } from '../../../lib/changes/plan';
import type { ChangeResult, PlanItem } from '../../../lib/changes/plan-item';
import { LAYOUT_KEY, migrateStorage, STORAGE_LAYOUT, type MigrationStores } from '../../../lib/storage/migrate';
import { NOTICES } from '../../../lib/storage/planted';
import { app, collaborator, fakeClient, memoryDeps, region } from '../helpers';

// storage.local is writable from the dashboard's content script. The upgrade reads it once, and
// drops what could have been planted there before (an auth service that is not Scalingo's, an
// undo that no trusted record proves); after it, nothing written there is ever imported.

function stores(local: Record<string, unknown>, records: Record<string, unknown> = {}) {
  const reads: string[][] = [];
  const s: MigrationStores = {
    local: {
      get: async (keys) => (
        reads.push(keys),
        Object.fromEntries(keys.filter((k) => k in local).map((k) => [k, structuredClone(local[k])]))
      ),
      remove: async (keys) => keys.forEach((k) => delete local[k]),
    },
    records: {
      get: async (k) => structuredClone(records[k]),
      put: async (k, v) => void (records[k] = structuredClone(v)),
      delete: async (k) => void delete records[k],
    },
    freshInstall: async () => false, // an update
  };
  return { stores: s, local, records, reads };
}

/** A snapshot made by the scan itself: eve is Limited on shop (as a downgrade left her). */
async function snapshotWithLimitedEve() {
  const eve = collaborator('shop', 'eve@freelance.example', { is_limited: true });
  const made = memoryDeps(
    () => fakeClient({ regions: [region('osc-fr1')], apps: { 'osc-fr1': [app('shop')] }, collaborators: [eve] }).client,
  );
  const service = createService(made.deps);
  await service.handle({ type: 'connect', token: 'tk-us-good', remember: false });
  await service.idle();
  return { snapshot: made.state.snapshot, eve };
}

const item = (over: Partial<PlanItem>): PlanItem => ({
  id: 'downgrade:shop:eve',
  findingId: null,
  kind: 'downgrade',
  app: { id: 'id-shop', name: 'shop', region: 'osc-fr1' },
  api: 'https://api.osc-fr1.test',
  collaboratorId: 'c-shop-eve@freelance.example',
  email: 'eve@freelance.example',
  from: 'collaborator',
  to: 'limited',
  call: {
    method: 'PATCH',
    path: '/v1/apps/id-shop/collaborators/c-shop-eve@freelance.example',
    body: { collaborator: { is_limited: true } },
  },
  ...over,
});
// As the release before this one stored them: no `before`, the undo built from the scanned role.
const change = (
  i: PlanItem,
  undo: PlanItem | null = undoOf(i, { role: i.from, status: 'accepted' }),
): Omit<ChangeResult, 'recordId'> => ({
  item: i,
  status: 'done',
  reason: null,
  at: '2026-11-01T10:00:00.000Z',
  before: null,
  stale: null,
  undo,
  undone: false,
});

describe('the upgrade out of storage.local', () => {
  it('drops an auth service that is not Scalingo’s, keeps the other settings, and says so', async () => {
    const { stores: s, records } = stores({
      storageLayout: 3,
      settings: { authUrl: 'https://auth.scalingo.com.evil.example', language: 'fr', allowChanges: true },
    });
    expect((await migrateStorage(s)).notices).toEqual([NOTICES.authUrl, NOTICES.switches]);
    expect(records.settings).toEqual({ language: 'fr', allowChanges: false, rememberToken: false });
    expect(records.notices).toEqual([NOTICES.authUrl, NOTICES.switches]);
  });

  it('keeps Scalingo’s own auth service, written with or without a final slash', async () => {
    for (const authUrl of ['https://auth.scalingo.com', 'https://auth.scalingo.com/']) {
      const { stores: s, records } = stores({ storageLayout: 3, settings: { authUrl } });
      expect((await migrateStorage(s)).notices).toEqual([]);
      expect(records.settings).toEqual({ authUrl });
    }
  });

  it('drops every undo recorded before role checks (one can make a Limited person full), keeps every change line, and says so', async () => {
    const { snapshot } = await snapshotWithLimitedEve();
    const genuine = change(item({}));
    const revoke = item({
      id: 'revoke:shop:mallory',
      kind: 'revoke',
      email: 'mallory@evil.example',
      collaboratorId: 'c-x',
      to: 'none',
      call: { method: 'DELETE', path: '/v1/apps/id-shop/collaborators/c-x' },
    });
    const reinvite = change(revoke); // consistent with itself, yet would invite an attacker with full access
    const swapped = change(item({ id: 'downgrade:2' }), {
      ...undoOf(item({}), { role: 'collaborator', status: 'accepted' })!,
      email: 'mallory@evil.example',
      call: {
        method: 'POST',
        path: '/v1/apps/id-shop/collaborators',
        body: { collaborator: { email: 'mallory@evil.example', is_limited: false } },
      },
    });
    const notLimited = change(
      item({
        id: 'downgrade:3',
        collaboratorId: 'c-shop-nobody',
        call: {
          method: 'PATCH',
          path: '/v1/apps/id-shop/collaborators/c-shop-nobody',
          body: { collaborator: { is_limited: true } },
        },
      }),
    );
    const { stores: s, records } = stores(
      { storageLayout: 3, changes: [genuine, reinvite, swapped, notLimited] },
      { snapshot },
    );
    expect((await migrateStorage(s)).notices).toEqual([NOTICES.undo]);
    const kept = records.changes as ChangeResult[];
    expect(kept.map((c) => c.item.id)).toEqual([
      genuine.item.id,
      reinvite.item.id,
      swapped.item.id,
      notLimited.item.id,
    ]);
    // Even the one the last scan seems to prove: eve may have been Limited already when "downgraded".
    expect(kept.map((c) => c.undo?.kind ?? null)).toEqual([null, null, null, null]);
  });

  it('runs once: what a content script writes to storage.local afterwards is never read nor imported', async () => {
    const {
      stores: s,
      local,
      records,
      reads,
    } = stores({ storageLayout: 3, decisions: [{ findingId: 'f1', kind: 'keep' }] });
    await migrateStorage(s);
    const after = structuredClone(records);
    Object.assign(local, {
      storageLayout: 1,
      settings: { authUrl: 'https://evil.example' },
      decisions: [],
      acceptances: [{ findingId: 'f2', justification: 'planted' }],
      changes: [change(item({}))],
      history: [{ id: 'planted' }],
      snapshot: { version: 1 },
      activity: {},
      reviewDigest: { summary: {} },
      sealedApiToken: { iv: 'x', data: 'y' },
      random: 1,
    });
    const readsBefore = reads.length;
    expect(await migrateStorage(s)).toEqual({ from: STORAGE_LAYOUT, moved: [], notices: [] });
    expect(records).toEqual(after);
    expect(reads.length).toBe(readsBefore);
    expect(records[LAYOUT_KEY]).toBe(STORAGE_LAYOUT);
  });

  it('does not import the popup’s digest (made again from the snapshot at start)', async () => {
    const { stores: s, records, local } = stores({ storageLayout: 3, reviewDigest: { summary: { open: { P1: 0 } } } });
    await migrateStorage(s);
    expect(records.reviewDigest).toBeUndefined();
    expect(local).toEqual({});
  });
});
