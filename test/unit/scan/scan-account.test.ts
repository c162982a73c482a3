import { describe, expect, it } from 'vitest';
import { ScalingoApiError } from '../../../lib/scalingo/errors';
import { scanAccount } from '../../../lib/scan/scan-account';
import { AccessSnapshot } from '../../../lib/scan/snapshot';
import { app, collaborator, fakeClient, me, region, revoked, type FakeAccount } from '../helpers';

const boss = { id: 'us-boss', email: 'boss@other.example' };
const account: FakeAccount = {
  regions: [region('osc-fr1'), region('osc-secnum-fr1')],
  apps: {
    'osc-fr1': [app('shop'), app('blog'), app('partner-site', boss)],
    'osc-secnum-fr1': [app('vault', { id: 'legacy-objectid', email: 'ME@ACME.EXAMPLE' }, 'osc-secnum-fr1')],
  },
  collaborators: [
    collaborator('shop', 'bob@acme.example'),
    collaborator('shop', 'new@acme.example', {
      status: 'pending',
      user_id: null,
      username: 'n/a',
      tfa_status: null,
      is_limited: true,
    }),
    collaborator('blog', 'gone@acme.example', { status: 'user account deleted' }),
    collaborator('partner-site', 'me@acme.example', { user_id: me.id, is_limited: true }),
    collaborator('vault', 'sec@acme.example', { tfa_status: false, app_id: 'id-vault' }),
  ],
};

describe('scanAccount', () => {
  it('follows the request plan: one collaborators call per region for owned apps, per-app only for the others', async () => {
    const { client, calls } = fakeClient(account);
    await scanAccount(client);
    expect(calls.filter((c) => c === 'ownedAppsCollaborators')).toHaveLength(2);
    expect(calls.filter((c) => c === 'appCollaborators')).toHaveLength(1); // partner-site only
    expect(calls.filter((c) => c === 'apps')).toHaveLength(2);
  });

  it('produces a valid snapshot with one assignment per person per app, owner included', async () => {
    const { snapshot } = await scanAccount(fakeClient(account).client, { now: () => new Date('2026-11-20T10:00:00Z') });
    expect(AccessSnapshot.safeParse(snapshot).success).toBe(true);
    const row = (appName: string) =>
      snapshot.assignments
        .filter((a) => a.appId === `id-${appName}`)
        .map((a) => `${a.email}:${a.role}:${a.status}:${a.tfa}:${a.username}`);
    expect(row('shop')).toEqual([
      'me@acme.example:owner:owner:true:me',
      'bob@acme.example:collaborator:accepted:true:bob',
      'new@acme.example:limited:pending:null:null',
    ]);
    expect(row('blog')).toContain('gone@acme.example:collaborator:deleted:true:gone');
    expect(row('partner-site')).toEqual([
      'boss@other.example:owner:owner:null:boss',
      'me@acme.example:limited:accepted:true:me',
    ]);
  });

  it('recognises my apps by e-mail when the owner id has another form (any case)', async () => {
    const { snapshot } = await scanAccount(fakeClient(account).client);
    expect(snapshot.apps.find((a) => a.name === 'vault')).toMatchObject({ ownedByMe: true, region: 'osc-secnum-fr1' });
  });

  it('records a failing region and goes on with the others', async () => {
    const down = new ScalingoApiError('network', 'unreachable');
    const { client } = fakeClient(account);
    const flaky = {
      ...client,
      apps: (api: string) => (api.includes('secnum') ? Promise.reject(down) : client.apps(api)),
    };
    const { snapshot } = await scanAccount(flaky);
    expect(snapshot.apps.map((a) => a.name)).toEqual(['shop', 'blog', 'partner-site']);
    expect(snapshot.errors).toEqual([
      { scope: 'region', region: 'osc-secnum-fr1', app: undefined, kind: 'network', message: 'unreachable' },
    ]);
  });

  it('records a failing app and keeps the rest', async () => {
    const { snapshot } = await scanAccount(
      fakeClient(account, { appCollaborators: new ScalingoApiError('forbidden', 'no') }).client,
    );
    expect(snapshot.errors).toMatchObject([{ scope: 'app', app: 'partner-site', kind: 'forbidden' }]);
    expect(snapshot.assignments.some((a) => a.email === 'bob@acme.example')).toBe(true);
  });

  it('stops on a revoked token instead of recording it app by app, keeping what it had read', async () => {
    const { client, calls } = fakeClient(account, { ownedAppsCollaborators: revoked() });
    const result = await scanAccount(client);
    expect(result.stoppedBy).toMatchObject({ scope: 'account', kind: 'unauthorized' });
    expect(result.snapshot.errors.filter((e) => e.kind === 'unauthorized')).toHaveLength(1);
    expect(result.snapshot.apps.map((a) => a.name)).toContain('shop');
    expect(calls).not.toContain('events');
  });

  it('still scans when my own 2FA cannot be read', async () => {
    const { snapshot } = await scanAccount(
      fakeClient(account, { ownTfaEnabled: new ScalingoApiError('not_found', 'gone') }).client,
    );
    expect(snapshot.me.tfa).toBeNull();
    expect(snapshot.errors[0]).toMatchObject({ scope: 'account', kind: 'not_found' });
  });

  it('a token found revoked while reading the account ends the scan with that error, as such', async () => {
    await expect(scanAccount(fakeClient(account, { ownTfaEnabled: revoked() }).client)).rejects.toMatchObject({
      kind: 'unauthorized',
    });
  });
});
