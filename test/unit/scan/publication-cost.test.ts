import { describe, expect, it } from 'vitest';
import { completeApps, type Publication } from '../../../lib/scan/publication';
import { scanAccount } from '../../../lib/scan/scan-account';
import { app, collaborator, fakeClient, region, type FakeAccount } from '../helpers';

// What a large account's publications cost the scan (issue 14: a 300-app cold scan took 1.73×
// the rate limit's floor): the read queue is ranked once, not at every pick; a publication
// copies only the apps read since the one before; and they are paced, the wanted app at once.

const N = 300;
const names = Array.from({ length: N }, (_, i) => `app-${String(i).padStart(3, '0')}`);
const account: FakeAccount = {
  regions: [region('osc-fr1')],
  apps: { 'osc-fr1': names.map((n) => app(n)) },
  collaborators: names.map((n) => collaborator(n, `dev-${n}@acme.example`)),
};
const now = () => new Date('2026-11-20T12:00:00Z');

describe('publications of a large account', () => {
  it('ranks each app once, however long the queue', async () => {
    let asked = 0;
    const rank = () => (asked++, 1);
    await scanAccount(fakeClient(account).client, { now, rank });
    expect(asked).toBeLessThanOrEqual(N);
  });

  it('copies only the apps read since the previous publication, and never changes one handed out', async () => {
    const published: { p: Publication; asHandedOut: Publication['snapshot'] }[] = [];
    await scanAccount(fakeClient(account).client, {
      now,
      onPublish: (p) => published.push({ p, asHandedOut: structuredClone(p.snapshot) }),
    });
    expect(published.length).toBeGreaterThan(2);
    for (const { p, asHandedOut } of published) expect(p.snapshot).toEqual(asHandedOut);
    // An app complete in one publication is handed out again as is, its people too.
    const [before, after] = [published.at(-2)!.p.snapshot, published.at(-1)!.p.snapshot];
    const ids = new Set(completeApps(before).map((a) => a.id));
    expect(ids.size).toBeGreaterThan(N / 2);
    expect(after.apps.filter((a) => ids.has(a.id))).toEqual(completeApps(before));
    const same = <T>(a: T[], b: T[]) => a.length === b.length && a.every((x, i) => x === b[i]);
    expect(
      same(
        after.apps.filter((a) => ids.has(a.id)),
        completeApps(before),
      ),
    ).toBe(true);
    const people = (s: typeof after) => s.assignments.filter((a) => ids.has(a.appId));
    expect(same(people(after), people(before))).toBe(true);
  });

  it('publishes a bounded number of times, the wanted app as soon as it is read', async () => {
    const published: Publication[] = [];
    const wanted = { region: 'osc-fr1', app: 'app-150' };
    await scanAccount(fakeClient(account).client, {
      now,
      wanted: () => [wanted],
      onPublish: (p) => published.push(p),
    });
    expect(published.length).toBeLessThanOrEqual(60);
    // The first publication after the lists, then the wanted app's, read first, alone.
    const complete = completeApps(published[1]!.snapshot).filter((a) => a.name.startsWith('app-'));
    expect(complete.map((a) => a.name)).toEqual(['app-150']);
  });
});
