import { afterEach, describe, expect, it } from 'vitest';
import { createService } from '../../../lib/background/service';
import { ScalingoClient } from '../../../lib/scalingo/client';
import { Limiter } from '../../../lib/scalingo/limiter';
import { DEMO_TOKENS } from '../../mock-scalingo/demo';
import type { LimitedReads } from '../../mock-scalingo/limited';
import { startMockScalingo, type MockScalingo } from '../../mock-scalingo/server';
import { memoryDeps } from '../helpers';

// The extension's own path: a 401 or 403 on an app the user may not read with their role
// there never erases the stored token (it did: one 401 anywhere deleted it).

let mock: MockScalingo;
afterEach(() => mock.close());

async function connectAndScan(token: string) {
  const limiter = new Limiter({ perWindow: 1000, windowMs: 600, concurrency: 4 });
  const { deps, state } = memoryDeps(
    (apiToken, _authUrl, { signal }) => new ScalingoClient({ apiToken, authUrl: mock.url, limiter, signal }),
  );
  const service = createService(deps);
  await service.handle({ type: 'connect', token, remember: true });
  await service.idle();
  return { service, state };
}

describe.each<LimitedReads>([200, 401, 403])('Scalingo answering %i to a Limited caller’s reads', (status) => {
  it('the token stays stored, the scan ends done, and the closed apps are named', async () => {
    mock = await startMockScalingo({ dataset: 'demo', rateLimit: false, limitedReads: status });
    const { service, state } = await connectAndScan(DEMO_TOKENS.alice);
    expect(state.token).toBe(DEMO_TOKENS.alice);
    expect(state.scan.phase).toBe('done');
    expect(state.snapshot!.errors.map((e) => [e.app, e.kind])).toEqual(
      status === 200 ? [] : [['partner-portal', 'forbidden']],
    );
    expect((await service.handle({ type: 'getStatus' })).connected).toBe(true);
    // A rescan goes on as well: nothing was taken for a revoked token.
    await service.handle({ type: 'scan', force: true });
    await service.idle();
    expect(state.token).toBe(DEMO_TOKENS.alice);
  });
});

describe('one 401 on one app', () => {
  it('keeps the token; only the auth service refusing it erases it', async () => {
    mock = await startMockScalingo({
      dataset: 'demo',
      rateLimit: false,
      faults: { failures: [{ path: '/apps/billing-api-prod/collaborators$', status: 401 }] },
    });
    const { service, state } = await connectAndScan(DEMO_TOKENS.alice);
    expect(state.token).toBe(DEMO_TOKENS.alice);
    expect(state.snapshot!.apps.some((a) => a.name === 'billing-api-prod')).toBe(true);
    mock.revokeToken(DEMO_TOKENS.alice);
    await service.handle({ type: 'scan', force: true });
    await service.idle();
    expect(state.token).toBeNull();
    expect(state.scan).toMatchObject({ phase: 'failed', error: { kind: 'unauthorized' } });
  });
});
