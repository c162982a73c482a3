import { describe, expect, it } from 'vitest';
import { createService } from '../../../lib/background/service';
import { app, collaborator, fakeClient, memoryDeps, region, revoked, type FakeAccount } from '../helpers';

const account: FakeAccount = {
  regions: [region('osc-fr1'), region('osc-secnum-fr1')],
  apps: { 'osc-fr1': [app('shop'), app('blog')], 'osc-secnum-fr1': [app('vault', undefined, 'osc-secnum-fr1')] },
  collaborators: [
    collaborator('shop', 'bob@acme.example'),
    collaborator('blog', 'eve@freelance.example', { tfa_status: false }),
  ],
};

describe('background service', () => {
  it('refuses a token Scalingo rejects, and keeps nothing', async () => {
    const { deps, state } = memoryDeps(() => fakeClient(account, { self: revoked() }).client);
    const service = createService(deps);
    await expect(service.handle({ type: 'connect', token: 'tk-us-bad', remember: false })).rejects.toMatchObject({
      kind: 'unauthorized',
    });
    expect(state.token).toBeNull();
    expect(state.snapshot).toBeNull();
  });

  it('keeps a valid token, scans, and stores the snapshot', async () => {
    const { deps, state } = memoryDeps(() => fakeClient(account).client);
    const service = createService(deps);
    const status = await service.handle({ type: 'connect', token: 'tk-us-good', remember: true });
    expect(status.connected).toBe(true);
    await service.idle();
    expect(state.token).toBe('tk-us-good');
    expect(state.settings.rememberToken).toBe(true);
    expect(state.scan.phase).toBe('done');
    expect(state.snapshot?.apps.map((a) => a.name).sort()).toEqual(['blog', 'shop', 'vault']);
  });

  it('keeps the previous snapshot when a rescan finds the token revoked, and forgets the token', async () => {
    let current = fakeClient(account).client;
    const { deps, state } = memoryDeps(() => current);
    const service = createService(deps);
    await service.handle({ type: 'connect', token: 'tk-us-good', remember: false });
    await service.idle();
    const before = state.snapshot;
    current = fakeClient(account, { apps: revoked() }).client;
    await service.handle({ type: 'scan', force: false });
    await service.idle();
    const status = await service.handle({ type: 'getStatus' });
    expect(status.connected).toBe(false);
    expect(status.scan).toMatchObject({ phase: 'failed', error: { kind: 'unauthorized' } });
    expect(state.snapshot).toEqual(before);
  });

  it('answers a dashboard page with the people of that app only', async () => {
    const { deps } = memoryDeps(() => fakeClient(account).client);
    const service = createService(deps);
    await service.handle({ type: 'connect', token: 'tk-us-good', remember: false });
    await service.idle();
    const view = await service.handle({ type: 'appView', region: 'osc-fr1', app: 'blog' });
    expect(view?.people.map((p) => [p.email, p.role])).toEqual([
      ['me@acme.example', 'owner'],
      ['eve@freelance.example', 'collaborator'],
    ]);
    expect(view?.people[1]!.chip).toMatch(/^P\d · Collaborator · no 2FA/);
    expect(JSON.stringify(view)).not.toContain('tk-us-good');
    expect(await service.handle({ type: 'appView', region: 'osc-secnum-fr1', app: 'blog' })).toBeNull();
  });

  it('forgets the token and the snapshot on sign-out', async () => {
    const { deps, state } = memoryDeps(() => fakeClient(account).client);
    const service = createService(deps);
    await service.handle({ type: 'connect', token: 'tk-us-good', remember: false });
    await service.idle();
    const status = await service.handle({ type: 'disconnect' });
    expect(status).toMatchObject({ connected: false, account: null });
    expect(state.token).toBeNull();
  });

  it('says "not connected" when asked to scan without a token', async () => {
    const { deps } = memoryDeps(() => fakeClient(account).client);
    await expect(createService(deps).handle({ type: 'scan', force: false })).rejects.toMatchObject({
      kind: 'unauthorized',
    });
  });

  it('keeps the events between scans, and stores what a scan stopped by a revoked token had read', async () => {
    const events = {
      'id-shop': [
        {
          id: 'e1',
          created_at: new Date().toISOString(),
          type: 'run',
          user: { id: 'us-bob@acme.example', email: 'bob@acme.example', username: 'bob' },
        },
      ],
    };
    let current = fakeClient({ ...account, events }).client;
    const { deps, state } = memoryDeps(() => current);
    const service = createService(deps);
    await service.handle({ type: 'connect', token: 'tk-us-good', remember: false });
    await service.idle();
    expect(Object.keys(state.activity).sort()).toEqual(['osc-fr1/id-blog', 'osc-fr1/id-shop']);
    const bob = state.snapshot!.assignments.find((a) => a.email === 'bob@acme.example')!;
    expect(bob.activity?.fullOnly.types).toEqual({ run: 1 });
    current = fakeClient(
      { ...account, events },
      { appCollaborators: revoked(), ownedAppsCollaborators: revoked() },
    ).client;
    await service.handle({ type: 'scan', force: true });
    await service.idle();
    expect(state.scan).toMatchObject({ phase: 'failed', error: { kind: 'unauthorized' } });
    expect(state.activity['osc-fr1/id-shop']?.people['us-bob@acme.example']?.byType).toHaveProperty('run');
    expect(state.snapshot?.assignments).toContainEqual(bob);
  });

  it('"rescan everything" during a plain scan runs right after it; a cancel drops it', async () => {
    const clients: string[][] = [];
    const { deps } = memoryDeps(() => {
      const f = fakeClient(account);
      clients.push(f.calls);
      return f.client;
    });
    const service = createService(deps);
    await service.handle({ type: 'connect', token: 'tk-us-good', remember: false }); // a first scan starts
    await service.idle();
    const scans = () => clients.filter((c) => c.includes('ownTfaEnabled')).length;
    await service.handle({ type: 'scan', force: false });
    await service.handle({ type: 'scan', force: true }); // while the plain rescan runs
    await service.idle();
    expect(scans()).toBe(3);
    expect(clients.at(-1)!.filter((c) => c === 'regions')).toHaveLength(1); // forced: nothing reused
    await service.handle({ type: 'scan', force: false });
    await service.handle({ type: 'scan', force: true });
    await service.handle({ type: 'cancelScan' });
    await service.idle();
    expect(scans()).toBe(4);
  });

  it('a scheduled scan does nothing without a token, and scans with one', async () => {
    const { deps, state } = memoryDeps(() => fakeClient(account).client);
    const service = createService(deps);
    await service.scheduledScan();
    expect(state.snapshot).toBeNull();
    state.token = 'tk-us-good';
    await service.scheduledScan();
    expect(state.snapshot?.apps).toHaveLength(3);
  });
});
