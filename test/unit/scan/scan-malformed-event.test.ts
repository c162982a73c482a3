import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScalingoClient } from '../../../lib/scalingo/client';
import { Limiter } from '../../../lib/scalingo/limiter';
import { scanAccount } from '../../../lib/scan/scan-account';
import { DEMO_TOKENS } from '../../mock-scalingo/demo';
import { startMockScalingo, type MockScalingo } from '../../mock-scalingo/server';

// One malformed event in an app's timeline (over real HTTP from the mock): the app's other
// events are read, and the scan says how many were left out and where.

let mock: MockScalingo;
beforeEach(async () => void (mock = await startMockScalingo({ dataset: 'demo', rateLimit: false })));
afterEach(() => mock.close());

describe('a malformed event', () => {
  it('is skipped and reported against its app; the rest of its page still counts', async () => {
    const staging = mock.state.apps.find((a) => a.app.name === 'shop-api-staging')!;
    const recent = new Date(Date.now() - 86_400_000).toISOString();
    staging.events.push(
      { id: 'bad-user', created_at: recent, type: 'run', user: { email: 'someone@acme.example' } as never },
      { id: 'bad-data', created_at: recent, type: 'run', user: staging.events[0]!.user, type_data: 'not an object' },
    );
    const client = new ScalingoClient({
      apiToken: DEMO_TOKENS.alice,
      authUrl: mock.url,
      limiter: new Limiter({ perWindow: 1000, windowMs: 1000, concurrency: 4 }),
    });
    const { snapshot } = await scanAccount(client);
    expect(snapshot.errors).toEqual([
      expect.objectContaining({
        scope: 'app',
        region: 'osc-fr1',
        app: 'shop-api-staging',
        message: expect.stringMatching(/2 malformed events/),
      }),
    ]);
    const bruno = snapshot.assignments.find((a) => a.appId === staging.app.id && a.email === 'bruno@acme.example')!;
    expect(bruno.activity).toMatchObject({ complete: true, fullOnly: { count: 0 } });
    expect(bruno.activity!.actions).toBeGreaterThan(0);
  });
});
