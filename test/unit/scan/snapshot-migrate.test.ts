import { describe, expect, it } from 'vitest';
import { readSnapshot } from '../../../lib/scan/snapshot-migrate';

// A snapshot stored by an older version of the extension is brought up to date, not lost;
// one that cannot be read is dropped rather than shown wrong.

const v1 = {
  version: 1,
  scannedAt: '2026-10-01T10:00:00.000Z',
  me: { id: 'us-me', email: 'me@acme.example', username: 'me', tfa: true },
  regions: [{ name: 'osc-secnum-fr1', displayName: 'SecNumCloud', api: 'https://api.osc-secnum-fr1.scalingo.com' }],
  apps: [
    {
      id: 'a1',
      name: 'vault',
      region: 'osc-secnum-fr1',
      owner: { id: 'us-me', email: 'me@acme.example', username: 'me' },
      ownedByMe: true,
      hds: false,
      parentAppName: null,
    },
  ],
  assignments: [
    {
      appId: 'a1',
      region: 'osc-secnum-fr1',
      collaboratorId: 'c1',
      userId: 'us-bob',
      email: 'bob@acme.example',
      username: 'bob',
      role: 'collaborator',
      status: 'accepted',
      tfa: false,
    },
  ],
  errors: [],
};

describe('stored snapshots', () => {
  it('a version 1 snapshot reads as the current version, with what it did not know marked unknown', () => {
    const s = readSnapshot(structuredClone(v1))!;
    expect(s.version).toBe(2);
    expect(s.apps[0]).toMatchObject({ name: 'vault', secnum: true, activityAsOf: null, scmLinker: null });
    expect(s.assignments[0]).toMatchObject({ email: 'bob@acme.example', tfa: false, activity: null, invitedAt: null });
  });

  it.each([
    ['garbage', 'not a snapshot'],
    ['a future version', { ...v1, version: 99 }],
    ['a damaged v1', { ...v1, apps: 'oops' }],
  ])('%s reads as no snapshot', (_name, value) => {
    expect(readSnapshot(value)).toBeNull();
  });
});
