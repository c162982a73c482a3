import { afterEach, describe, expect, it } from 'vitest';
import { ScalingoClient } from '../../../lib/scalingo/client';
import { Limiter } from '../../../lib/scalingo/limiter';
import { scanAccount } from '../../../lib/scan/scan-account';
import { DEMO_TOKENS } from '../../mock-scalingo/demo';
import { generateDataset, GENERATED_TOKEN } from '../../mock-scalingo/generate';
import { startMockScalingo, type MockOptions, type MockScalingo } from '../../mock-scalingo/server';

// The scan when Scalingo misbehaves: it ends with a snapshot that says what failed and keeps
// everything it did read, and never throws past the account stage.

let mock: MockScalingo;
const start = async (opts: MockOptions = {}) =>
  (mock = await startMockScalingo({ dataset: 'demo', rateLimit: false, ...opts }));
afterEach(() => mock.close());
const client = () =>
  new ScalingoClient({
    apiToken: DEMO_TOKENS.alice,
    authUrl: mock.url,
    limiter: new Limiter({ perWindow: 1000, windowMs: 600, concurrency: 4 }),
  });

describe('scan under faults', () => {
  it('a 429 storm (a limit far below what the client believes): backs off, resumes, loses nothing', async () => {
    await start();
    const reference = await scanAccount(client());
    await mock.close();
    await start({ rateLimit: { requests: 8, windowMs: 400 } });
    const r = await scanAccount(client());
    expect(r.snapshot.cost.http429).toBeGreaterThan(0);
    expect(r.snapshot.errors).toEqual([]);
    expect(r.snapshot.assignments.map((a) => [a.email, a.role, a.activity?.actions])).toEqual(
      reference.snapshot.assignments.map((a) => [a.email, a.role, a.activity?.actions]),
    );
  });

  it('a 5xx on one region’s apps: retried, then recorded for that region; the other region is whole', async () => {
    await start({ faults: { failures: [{ path: '/regions/osc-secnum-fr1/v1/apps$', status: 503 }] } });
    const r = await scanAccount(client());
    expect(r.snapshot.errors).toEqual([
      expect.objectContaining({ scope: 'region', region: 'osc-secnum-fr1', kind: 'unexpected' }),
    ]);
    expect(mock.log().filter((l) => l.path === '/regions/osc-secnum-fr1/v1/apps')).toHaveLength(3);
    expect(r.snapshot.apps.filter((a) => a.region === 'osc-fr1').length).toBeGreaterThan(5);
  });

  it('malformed JSON for one app’s events: that app is marked, every other app has its activity', async () => {
    await start();
    const staging = mock.state.apps.find((a) => a.app.name === 'shop-api-staging')!.app.id;
    mock.setFaults({ malformed: [{ path: `/apps/${staging}/events` }] });
    const r = await scanAccount(client());
    expect(r.snapshot.errors).toEqual([
      expect.objectContaining({ scope: 'app', app: 'shop-api-staging', kind: 'unexpected' }),
    ]);
    const people = r.snapshot.assignments.filter((a) => a.role !== 'owner' && a.status === 'accepted');
    expect(people.filter((a) => a.appId === staging).every((a) => a.activity === null)).toBe(true);
    expect(people.filter((a) => a.appId !== staging).every((a) => a.activity !== null)).toBe(true);
  });

  it('a token revoked mid-scan: stops asking, keeps what was read, says why', async () => {
    await start({ faults: { revokeAfterRequests: 8 } });
    const r = await scanAccount(client());
    expect(r.stoppedBy).toMatchObject({
      kind: 'unauthorized',
      message: expect.stringMatching(/Token invalid or revoked/),
    });
    expect(r.snapshot.apps.length).toBeGreaterThan(0);
    const afterStop = mock.log().filter((l) => l.status === 401).length;
    expect(afterStop).toBeLessThanOrEqual(4 + 4); // the requests in flight, each re-exchanged once
  });

  it('a token revoked during the events of many apps: the queued requests are never sent', async () => {
    mock = await startMockScalingo({ dataset: generateDataset({ apps: 40, eventsPerApp: 30 }), rateLimit: false });
    const c = new ScalingoClient({
      apiToken: GENERATED_TOKEN,
      authUrl: mock.url,
      limiter: new Limiter({ perWindow: 1000, windowMs: 600, concurrency: 4 }),
    });
    let revoked = false;
    const r = await scanAccount(c, {
      onProgress: (p) => {
        if (p.phase !== 'events' || p.done < 3 || revoked) return;
        revoked = true;
        mock.setFaults({ revokeAfterRequests: 0 });
      },
    });
    expect(r.stoppedBy).toMatchObject({ kind: 'unauthorized' });
    expect(mock.log().filter((l) => l.status === 401).length).toBeLessThanOrEqual(4 + 4); // in flight, each re-exchanged once
  });

  it('the network going down during the events: each app says so, the rest of the snapshot stands', async () => {
    await start();
    const c = client();
    const r = await scanAccount(c, { onProgress: (p) => p.phase === 'events' && mock.setFaults({ down: true }) });
    expect(r.snapshot.errors.filter((e) => e.scope === 'app').length).toBeGreaterThan(0);
    expect(r.snapshot.errors.every((e) => e.kind === 'network')).toBe(true);
    // Besides the apps, only the API token list (read beside the apps' details) can say so.
    expect(r.snapshot.errors.filter((e) => e.scope !== 'app').length).toBeLessThanOrEqual(1);
    expect(r.snapshot.apps.length).toBe(15);
  });

  it('Scalingo unreachable from the start: a clear network error, nothing half-made', async () => {
    await start({ faults: { down: true } });
    await expect(scanAccount(client())).rejects.toMatchObject({ kind: 'network' });
  });
});
