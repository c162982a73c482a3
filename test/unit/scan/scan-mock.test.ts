import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScalingoClient } from '../../../lib/scalingo/client';
import { Limiter } from '../../../lib/scalingo/limiter';
import { scanAccount, type ScanResult } from '../../../lib/scan/scan-account';
import { needsLink } from '../../../lib/scan/scan-scm';
import { DEMO_TOKENS } from '../../mock-scalingo/demo';
import { startMockScalingo, type MockOptions, type MockScalingo } from '../../mock-scalingo/server';

// The scan against the mock Scalingo's demo account over real HTTP: what it learns, and what
// it costs in requests, cold and warm.

let mock: MockScalingo;
const start = async (opts: MockOptions = {}) =>
  (mock = await startMockScalingo({ dataset: 'demo', rateLimit: false, ...opts }));
afterEach(() => mock.close());

// Time 100× faster than Scalingo's minute, so that backoffs take milliseconds.
const client = (limits = { perWindow: 58, windowMs: 600, concurrency: 4 }) =>
  new ScalingoClient({ apiToken: DEMO_TOKENS.alice, authUrl: mock.url, limiter: new Limiter(limits) });
const person = (r: ScanResult, app: string, email: string) => {
  const appId = r.snapshot.apps.find((a) => a.name === app)!.id;
  return r.snapshot.assignments.find((a) => a.appId === appId && a.email === email)!;
};
const eventCalls = () => mock.log().filter((l) => l.path.endsWith('/events'));

describe('scan of the demo account', () => {
  beforeEach(() => start());

  it('summarises each person’s activity over 90 days from the events', async () => {
    const r = await scanAccount(client());
    expect(r.snapshot.errors).toEqual([]);
    const chloe = r.snapshot.assignments.filter((a) => a.email === 'chloe@acme.example').map((a) => a.activity!);
    expect(chloe.flatMap((a) => Object.keys(a.fullOnly.types))).toEqual(
      expect.arrayContaining(['run', 'edit_variable', 'scale']),
    );
    const bruno = person(r, 'shop-api-staging', 'bruno@acme.example').activity!;
    expect(bruno).toMatchObject({ complete: true, fullOnly: { count: 0 } });
    expect(bruno.actions).toBeGreaterThan(0);
    const emma = person(r, 'shop-frontend', 'emma@acme.example').activity!;
    expect(emma).toMatchObject({ complete: true, actions: 0, lastAt: null });
    const nina = person(r, 'shop-api-staging', 'nina@acme.example');
    expect(nina.invitedAtSource).toBe('event');
    expect((Date.now() - Date.parse(nina.invitedAt!)) / 86_400_000).toBeCloseTo(60, -1);
    const hugo = person(r, 'docs-portal', 'hugo@acme.example').activity!;
    expect(hugo.managed.map((m) => m.targetEmail)).toContain('oscar@acme.example');
  });

  it('costs at most 4 + 2 × regions + per-app lists of apps I do not own + the event pages + one SCM link per app that needs it', async () => {
    const r = await scanAccount(client());
    const log = mock.log();
    const regions = r.snapshot.regions.length;
    const notOwned = r.snapshot.apps.filter((a) => !a.ownedByMe).length;
    const exchange = log.filter((l) => l.path === '/v1/tokens/exchange').length;
    const scmReads = log.filter((l) => l.path.endsWith('/scm_repo_link')).length;
    expect(scmReads).toBe(r.snapshot.apps.filter(needsLink(r.snapshot)).length);
    expect(log.filter((l) => l.path === '/v1/tokens')).toHaveLength(1);
    expect(log.length - exchange).toBeLessThanOrEqual(4 + 2 * regions + notOwned + eventCalls().length + scmReads);
    // events only for apps with someone besides the owner
    const withPeople = new Set(
      r.snapshot.assignments.filter((a) => a.role !== 'owner' && a.status !== 'deleted').map((a) => a.appId),
    );
    expect(new Set(eventCalls().map((l) => l.path.split('/')[5])).size).toBeLessThanOrEqual(withPeople.size);
    expect(r.snapshot.cost.requests).toBe(log.length);
  });

  it('rescans an unchanged account in a handful of requests, with the same findings', async () => {
    const c = client();
    const cold = await scanAccount(c);
    mock.clearLog();
    const warm = await scanAccount(c, { activity: cold.activity, known: cold.snapshot });
    // own 2FA and the token list, then per region /v1/apps and /v1/collaborators, and the own lists of billing-api-prod and partner-portal
    expect(mock.log().map((l) => l.path.replace(/\/regions\/[^/]+/, ''))).toEqual(
      expect.arrayContaining(['/v1/client/tfa', '/v1/tokens', '/v1/apps', '/v1/collaborators']),
    );
    expect(mock.log()).toHaveLength(8);
    expect(eventCalls()).toHaveLength(0);
    const facts = (x: ScanResult) =>
      x.snapshot.assignments.map((a) => [
        a.email,
        a.role,
        a.status,
        a.tfa,
        a.invitedAt,
        a.activity?.actions,
        a.activity?.fullOnly.count,
        a.activity?.lastAt,
      ]);
    expect(facts(warm)).toEqual(facts(cold));
    expect(warm.snapshot.assignments.filter((a) => a.activity).length).toBeGreaterThan(10);
  });

  it('refreshes only the app whose collaborators changed, stopping at the events it already has', async () => {
    const c = client();
    const cold = await scanAccount(c);
    const staging = cold.snapshot.apps.find((a) => a.name === 'shop-api-staging')!;
    const julien = person(cold, 'shop-api-staging', 'julien@acme.example');
    await c.setLimited(mock.regionUrl('osc-fr1'), staging.id, julien.collaboratorId!, false);
    mock.clearLog();
    const warm = await scanAccount(c, { activity: cold.activity });
    expect(eventCalls().map((l) => l.path)).toEqual([`/regions/osc-fr1/v1/apps/${staging.id}/events`]);
    expect(person(warm, 'shop-api-staging', 'julien@acme.example').role).toBe('collaborator');
    const alice = person(warm, 'shop-api-staging', 'alice@acme.example');
    expect(alice.role).toBe('owner');
    expect(
      warm.activity[`osc-fr1/${staging.id}`]!.collaboratorEvents.some((e) => e.type === 'change_collaborator_role'),
    ).toBe(true);
  });

  it('reports progress that ends at its total', async () => {
    const seen: { phase: string; done: number; total: number }[] = [];
    await scanAccount(client(), { onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.phase)).toEqual(expect.arrayContaining(['account', 'apps', 'events']));
    const last = seen.at(-1)!;
    expect(last.done).toBe(last.total);
    expect(seen.every((p, i) => i === 0 || p.done >= seen[i - 1]!.done)).toBe(true);
  });

  it('announces a total only once every list is read, and keeps it while the activity is read', async () => {
    const seen: { phase: string; done: number; total: number; known?: boolean }[] = [];
    await scanAccount(client(), { onProgress: (p) => seen.push(p) });
    // While the account, apps and collaborators are read, what is left is not known yet.
    expect(seen.filter((p) => p.phase !== 'events').every((p) => p.known !== true)).toBe(true);
    const known = seen.filter((p) => p.known === true);
    expect(known.length).toBeGreaterThan(1);
    expect(known.every((p) => p.phase === 'events')).toBe(true);
    // The demo's apps have one page of events each: the total announced is the one it ends at.
    expect(new Set(known.map((p) => p.total))).toEqual(new Set([seen.at(-1)!.total]));
    // Every request done comes only at the end: once reached, no request is left to report.
    const end = known.findIndex((p) => p.done >= p.total);
    expect(end).toBeGreaterThan(0);
    expect(known.slice(end).every((p) => p.done === p.total && p.done === known.at(-1)!.done)).toBe(true);
  });

  it('stops when cancelled, without a snapshot', async () => {
    mock.setFaults({ latencyMs: 30 });
    const stop = new AbortController();
    const c = new ScalingoClient({
      apiToken: DEMO_TOKENS.alice,
      authUrl: mock.url,
      signal: stop.signal,
      limiter: new Limiter(),
    });
    const run = scanAccount(c, {
      signal: stop.signal,
      onProgress: (p) => p.phase === 'apps' && stop.abort(new Error('stopped by the user')),
    });
    await expect(run).rejects.toThrow('stopped by the user');
    const sent = mock.log().length;
    await new Promise((r) => setTimeout(r, 100));
    expect(mock.log().length).toBe(sent);
  });
});
