import { afterEach, describe, expect, it } from 'vitest';
import { ScalingoClient } from '../../../lib/scalingo/client';
import { Limiter } from '../../../lib/scalingo/limiter';
import { scanAccount } from '../../../lib/scan/scan-account';
import { DEMO_TOKENS } from '../../mock-scalingo/demo';
import { startMockScalingo, type MockScalingo } from '../../mock-scalingo/server';

// A rescan that cannot read part of the account keeps that part as the previous scan read it,
// says so in its errors, and fails outright (keeping the last snapshot) when it read nothing.

let mock: MockScalingo;
afterEach(() => mock.close());
const client = () =>
  new ScalingoClient({
    apiToken: DEMO_TOKENS.alice,
    authUrl: mock.url,
    limiter: new Limiter({ perWindow: 1000, windowMs: 600, concurrency: 4 }),
  });
const people = (s: { assignments: { appId: string; email: string; role: string }[] }) =>
  s.assignments.map((a) => `${a.appId}:${a.email}:${a.role}`).sort();

async function firstScan() {
  mock = await startMockScalingo({ dataset: 'demo', rateLimit: false });
  const first = await scanAccount(client());
  return { first, rescan: () => scanAccount(client(), { activity: first.activity, known: first.snapshot }) };
}

describe('a rescan that meets a fault', () => {
  it('keeps the apps and people of a region it could not read, and says which region', async () => {
    const { first, rescan } = await firstScan();
    mock.setFaults({ malformed: [{ path: '/regions/osc-secnum-fr1/v1/apps$' }] });
    const r = await rescan();
    expect(r.snapshot.errors).toEqual([expect.objectContaining({ scope: 'region', region: 'osc-secnum-fr1' })]);
    expect(r.snapshot.apps.map((a) => a.name).sort()).toEqual(first.snapshot.apps.map((a) => a.name).sort());
    expect(people(r.snapshot)).toEqual(people(first.snapshot));
    const carried = first.snapshot.apps.filter(
      (a) => a.region === 'osc-secnum-fr1' && first.activity[`${a.region}/${a.id}`],
    );
    for (const app of carried)
      expect(r.activity[`${app.region}/${app.id}`]).toEqual(first.activity[`${app.region}/${app.id}`]);
  });

  it('keeps the people of apps whose collaborators could not be read', async () => {
    const { first, rescan } = await firstScan();
    mock.setFaults({ failures: [{ path: '/regions/osc-fr1/v1/collaborators$', status: 500 }] });
    const r = await rescan();
    expect(r.snapshot.errors).toEqual([expect.objectContaining({ scope: 'region', region: 'osc-fr1' })]);
    expect(people(r.snapshot)).toEqual(people(first.snapshot));
  });

  it('does not bring back an app deleted since, when only the collaborators could not be read', async () => {
    const { first, rescan } = await firstScan();
    const victim = first.snapshot.apps.find((a) => a.region === 'osc-fr1' && a.ownedByMe)!;
    mock.state.apps = mock.state.apps.filter((a) => a.app.name !== victim.name);
    mock.setFaults({ failures: [{ path: '/regions/osc-fr1/v1/collaborators$', status: 500 }] });
    const r = await rescan();
    expect(r.snapshot.apps.some((a) => a.id === victim.id)).toBe(false);
    expect(r.snapshot.assignments.some((a) => a.appId === victim.id)).toBe(false);
  });

  it('shows a change made since, where it could read', async () => {
    const { first, rescan } = await firstScan();
    mock.state.apps
      .find((a) => a.app.name === 'shop-api-staging')!
      .collaborators.find((c) => c.email === 'bruno@acme.example')!.is_limited = true;
    mock.setFaults({ malformed: [{ path: '/regions/osc-secnum-fr1/v1/apps$' }] });
    const r = await rescan();
    const staging = r.snapshot.apps.find((a) => a.name === 'shop-api-staging')!.id;
    expect(r.snapshot.assignments.find((a) => a.appId === staging && a.email === 'bruno@acme.example')?.role).toBe(
      'limited',
    );
    expect(people(r.snapshot)).not.toEqual(people(first.snapshot));
  });

  it('fails when no region could be read (Scalingo down): nothing replaces the last snapshot', async () => {
    const { rescan } = await firstScan();
    mock.setFaults({ failures: [{ path: '/v1/apps$', status: 503 }] });
    await expect(rescan()).rejects.toMatchObject({ name: 'ScalingoApiError', kind: 'unexpected' });
    mock.setFaults({ failures: [], down: true });
    await expect(rescan()).rejects.toMatchObject({ name: 'ScalingoApiError', kind: 'network' });
  });
});
