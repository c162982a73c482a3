import { describe, expect, it } from 'vitest';
import { createService } from '../../../lib/background/service';
import { parseSettings } from '../../../lib/settings';
import { app, collaborator, fakeClient, memoryDeps, region, type FakeAccount } from '../helpers';

// The auth service URL decides where the API token goes. A host this build does not allow is
// refused with a reason, and a token entered for one host is never sent to another.

const account: FakeAccount = {
  regions: [region('osc-fr1')],
  apps: { 'osc-fr1': [app('shop')] },
  collaborators: [collaborator('shop', 'bob@acme.example')],
};

async function connected() {
  const hosts: string[] = [];
  const { deps, state } = memoryDeps((_token, authUrl) => (hosts.push(authUrl), fakeClient(account).client));
  const service = createService(deps);
  await service.handle({ type: 'connect', token: 'tk-us-good', remember: false });
  await service.idle();
  return { service, state, hosts };
}

describe('auth service URL', () => {
  it.each([
    'https://auth.scalingo.com.attacker.test',
    'http://auth.scalingo.com',
    'https://attacker.test/v1',
    'javascript:alert(1)',
  ])('refuses %s with a reason, and changes nothing', async (url) => {
    const { service, state } = await connected();
    const before = { ...state.settings };
    await expect(service.handle({ type: 'saveSettings', settings: { authUrl: url } })).rejects.toMatchObject({
      kind: 'invalid',
      message: expect.stringMatching(/refused/),
    });
    expect(state.settings).toEqual(before);
    expect(state.token).toBe('tk-us-good');
  });

  it('a new host asks for the token again: the token is forgotten, and nothing is sent with it', async () => {
    const { service, state, hosts } = await connected();
    await service.handle({ type: 'saveSettings', settings: { authUrl: 'https://auth.scalingo.com/' } });
    expect(state.token).toBe('tk-us-good'); // the same host, written differently
    await service.handle({ type: 'saveSettings', settings: { authUrl: 'http://127.0.0.1:4010' } });
    expect(state.token).toBeNull();
    expect((await service.handle({ type: 'getStatus' })).connected).toBe(false);
    expect(state.snapshot).toBeNull();
    hosts.length = 0;
    await service.scheduledScan();
    expect(hosts).toEqual([]);
  });

  it('a stored value that is not allowed falls back to Scalingo', () => {
    expect(parseSettings({ authUrl: 'https://auth.attacker.test' }).authUrl).toBe('https://auth.scalingo.com');
    expect(parseSettings({ authUrl: 'https://auth.scalingo.com/' }).authUrl).toBe('https://auth.scalingo.com');
  });
});
