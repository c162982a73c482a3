import { describe, expect, it } from 'vitest';
import { migrateStorage, type MigrationStores } from '../../../lib/storage/migrate';
import { NOTICES } from '../../../lib/storage/planted';
import { readNotice } from '../../../lib/storage/notices';

// What a page could have planted in storage.local before the upgrade and that cannot be told
// from the user's own data: the safety switches go back off, event records are not imported
// (re-read from Scalingo), and the accepted risks, decisions and policy are kept but the user is
// told how many came in and asked to review them.

function stores(local: Record<string, unknown>) {
  const records: Record<string, unknown> = {};
  const s: MigrationStores = {
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
    freshInstall: async () => false, // an update
  };
  return { stores: s, records };
}

const accepted = (findingId: string) => ({
  findingId,
  justification: 'contractor',
  by: 'alice@acme.example',
  acceptedAt: '2026-10-01T00:00:00.000Z',
  expiresAt: '2027-01-01T00:00:00.000Z',
});
const decided = (findingId: string) => ({
  findingId,
  kind: 'keep',
  justification: 'needed',
  until: null,
  decidedAt: '2026-10-01T00:00:00.000Z',
});

describe('the upgrade and what a page could have planted', () => {
  it('turns role changes and "remember on this device" off, and says so', async () => {
    const { stores: s, records } = stores({
      storageLayout: 3,
      settings: { authUrl: 'https://auth.scalingo.com', language: 'fr', allowChanges: true, rememberToken: true },
    });
    const { notices } = await migrateStorage(s);
    expect(records.settings).toEqual({
      authUrl: 'https://auth.scalingo.com',
      language: 'fr',
      allowChanges: false,
      rememberToken: false,
    });
    expect(notices).toContain(NOTICES.switches);
  });

  it('does not import event records: they are read again from Scalingo', async () => {
    const { stores: s, records } = stores({
      storageLayout: 2,
      activity: { 'id-shop': { planted: true } },
      history: [],
    });
    await migrateStorage(s);
    expect(records.activity).toBeUndefined();
  });

  it('keeps accepted risks, decisions and the policy, and asks to review them with their counts', async () => {
    const { stores: s, records } = stores({
      storageLayout: 3,
      acceptances: [accepted('f1'), accepted('f2')],
      decisions: [decided('f3'), decided('f4'), decided('f5')],
      policy: { trustedDomains: ['acme.example', 'evil.example'] },
    });
    const { notices } = await migrateStorage(s);
    expect(records.acceptances).toHaveLength(2);
    expect(records.decisions).toHaveLength(3);
    expect(records.policy).toEqual({ trustedDomains: ['acme.example', 'evil.example'] });
    const review = notices.map(readNotice).find((n) => n?.key === 'notice.reviewImported');
    expect(review?.vars).toEqual({ acceptances: 2, decisions: 3 });
    expect(records.notices).toEqual(notices);
  });

  it('adds no such note when nothing was imported', async () => {
    const { stores: s } = stores({ storageLayout: 3, settings: { language: 'en' } });
    expect((await migrateStorage(s)).notices).toEqual([]);
  });
});

describe('readNotice', () => {
  it('reads only known notes, with counts only', () => {
    expect(readNotice(NOTICES.undo)).toEqual({ key: NOTICES.undo, vars: {} });
    expect(readNotice('notice.reviewImported?acceptances=2&decisions=0')).toEqual({
      key: 'notice.reviewImported',
      vars: { acceptances: 2, decisions: 0 },
    });
    for (const bad of [
      'notice.other',
      'error.network',
      'notice.reviewImported?acceptances=<b>&decisions=1',
      'notice.reviewImported?acceptances=1',
      'notice.undoDropped?x=1',
    ])
      expect(readNotice(bad), bad).toBeNull();
  });
});
