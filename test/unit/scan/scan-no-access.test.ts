import { afterEach, describe, expect, it } from 'vitest';
import { ScalingoClient } from '../../../lib/scalingo/client';
import { Limiter } from '../../../lib/scalingo/limiter';
import { scanAccount } from '../../../lib/scan/scan-account';
import { DEMO_TOKENS } from '../../mock-scalingo/demo';
import { generateDataset, GENERATED_TOKEN } from '../../mock-scalingo/generate';
import type { LimitedReads } from '../../mock-scalingo/limited';
import { startMockScalingo, type MockOptions, type MockScalingo } from '../../mock-scalingo/server';

// A 401 is not always a revoked token (docs/scalingo-api.md §8): Scalingo's CLI reads a 401 on
// an app's endpoints as "not enough rights". Only the auth service refusing the token ends the
// scan; an app the caller may not read is named, and every other app is still read.

let mock: MockScalingo;
const start = async (opts: MockOptions = {}) =>
  (mock = await startMockScalingo({ dataset: 'demo', rateLimit: false, ...opts }));
afterEach(() => mock.close());
const limiter = () => new Limiter({ perWindow: 1000, windowMs: 600, concurrency: 4 });
const client = (token: string = DEMO_TOKENS.alice) =>
  new ScalingoClient({ apiToken: token, authUrl: mock.url, limiter: limiter() });
const requested = (pattern: RegExp) => mock.log().filter((l) => pattern.test(l.path) && l.status !== 401);

describe('a 401 on one app', () => {
  it('one app’s collaborators answering 401: that app is named as unreadable, the scan reads everything else', async () => {
    await start({ faults: { failures: [{ path: '/apps/billing-api-prod/collaborators$', status: 401 }] } });
    const c = client();
    const r = await scanAccount(c);
    expect(r.stoppedBy).toBeNull();
    expect(r.snapshot.errors).toEqual([
      expect.objectContaining({ scope: 'app', app: 'billing-api-prod', kind: 'forbidden' }),
    ]);
    expect(r.snapshot.errors[0]!.message).toMatch(/role|rights/i);
    // Every app's events were really asked for (billing-api-prod's people were not read, so it needs none).
    const withEvents = new Set(requested(/\/events$/).map((l) => l.path.split('/')[5]));
    expect(withEvents.size).toBeGreaterThanOrEqual(9);
    // The token still works: the same client reads on.
    await expect(c.self()).resolves.toMatchObject({ email: 'alice@acme.example' });
  });

  it('the token revoked at the auth service still ends the scan, as before', async () => {
    await start({ faults: { failures: [{ path: '/apps/billing-api-prod/collaborators$', status: 401 }] } });
    mock.revokeToken(DEMO_TOKENS.alice);
    await expect(scanAccount(client())).rejects.toMatchObject({
      kind: 'unauthorized',
      message: expect.stringMatching(/Token invalid or revoked/),
    });
  });

  it('queued requests holding the bearer that met an app’s 401 are sent, not answered 401 by the client, and cost nothing while held', async () => {
    mock = await startMockScalingo({ dataset: generateDataset({ apps: 30, eventsPerApp: 10 }), rateLimit: false });
    const me = mock.state.tokens.find((t) => t.token === GENERATED_TOKEN)!.user_id;
    const mine = mock.state.apps.filter((a) => a.app.owner.id === me && a.collaborators.length > 0);
    const targets = [mine[1]!, mine[4]!, mine[7]!].map((a) => a.app.id);
    mock.setFaults({ failures: targets.map((t) => ({ path: `/apps/${t}/events$`, status: 401 })) });
    const r = await scanAccount(
      new ScalingoClient({ apiToken: GENERATED_TOKEN, authUrl: mock.url, limiter: limiter() }),
    );
    expect(r.stoppedBy).toBeNull();
    // These apps are the caller's own: a refusal there is a failure of the scan, not a role.
    expect(r.snapshot.errors.map((e) => [e.scope, e.kind, e.closedToRole ?? false])).toEqual(
      targets.map(() => ['app', 'forbidden', false]),
    );
    // Requests held back while a bearer was checked were never sent, and are not counted as sent.
    expect(r.snapshot.cost.requests).toBe(mock.log().length);
    const served = new Set(requested(/\/events$/).map((l) => l.path.split('/')[5]));
    const others = mock.state.apps
      .filter((a) => !targets.includes(a.app.id) && a.collaborators.length > 0)
      .map((a) => a.app.id);
    expect(others.filter((id) => !served.has(id))).toEqual([]);
  });
});

describe('401s that are not about the token', () => {
  it('a 401 on the undocumented own-2FA endpoint is not a revoked token: the scan goes on, 2FA as last read', async () => {
    await start({ faults: { failures: [{ path: '^/v1/client/tfa$', status: 401 }] } });
    const r = await scanAccount(client());
    expect(r.stoppedBy).toBeNull();
    expect(r.snapshot.errors).toEqual([expect.objectContaining({ scope: 'account', kind: 'forbidden' })]);
    expect(r.snapshot.apps.length).toBeGreaterThan(10);
  });

  it('an app closed to your role is left out on a rescan, not shown as last read', async () => {
    await start();
    const c = client();
    const first = await scanAccount(c);
    const portal = first.snapshot.apps.find((a) => a.name === 'partner-portal')!;
    expect(first.snapshot.assignments.filter((a) => a.appId === portal.id && a.role !== 'owner')).toHaveLength(2);
    mock.setLimitedReads(401);
    const again = await scanAccount(c, { activity: first.activity, known: first.snapshot });
    expect(again.snapshot.errors).toEqual([expect.objectContaining({ app: 'partner-portal', closedToRole: true })]);
    expect(again.snapshot.assignments.filter((a) => a.appId === portal.id && a.role !== 'owner')).toEqual([]);
  });
});

describe.each<LimitedReads>([200, 401, 403])(
  'the scanning user Limited on someone else’s app, Scalingo answering %i to its reads',
  (status) => {
    it('the scan goes on, reads every other app, and says why that app is missing', async () => {
      await start({ limitedReads: status });
      const r = await scanAccount(client());
      expect(r.stoppedBy).toBeNull();
      const portal = r.snapshot.apps.find((a) => a.name === 'partner-portal')!;
      expect(portal).toBeDefined();
      const people = r.snapshot.assignments.filter((a) => a.appId === portal.id && a.role !== 'owner');
      if (status === 200) {
        expect(r.snapshot.errors).toEqual([]);
        expect(people.map((a) => [a.email, a.role])).toEqual([
          ['alice@acme.example', 'limited'],
          ['ines@acme.example', 'collaborator'],
        ]);
      } else {
        expect(r.snapshot.errors).toEqual([
          expect.objectContaining({ scope: 'app', app: 'partner-portal', kind: 'forbidden' }),
        ]);
        expect(people).toEqual([]);
      }
      const collaboratorsRead = requested(/\/v1\/apps\/[^/]+\/collaborators$|\/v1\/collaborators$/).map((l) => l.path);
      expect(collaboratorsRead).toContain('/regions/osc-fr1/v1/apps/billing-api-prod/collaborators');
      expect(collaboratorsRead).toContain('/regions/osc-fr1/v1/collaborators');
    });

    it('a Limited-only account (julien) gets a snapshot, never "token revoked"', async () => {
      await start({ limitedReads: status });
      const r = await scanAccount(client(DEMO_TOKENS.julien));
      expect(r.stoppedBy).toBeNull();
      expect(r.snapshot.apps.map((a) => a.name).sort()).toEqual(['care-records', 'docs-portal', 'shop-api-staging']);
      expect(r.snapshot.errors.every((e) => e.kind === 'forbidden')).toBe(true);
      expect(r.snapshot.errors).toHaveLength(status === 200 ? 0 : 3);
    });
  },
);
