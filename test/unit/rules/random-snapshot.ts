import type { AccessSnapshot, Assignment, SnapshotApp } from '../../../lib/scan/snapshot';
import { activity, app, daysAgo, me, owner, person, snapshot } from './builders';

// Random accounts for the engine's properties (rule scopes, incremental reviews): a few apps,
// some production, SecNumCloud, review apps of another, SCM links; people from a small pool
// (so that one person spans apps), inside and outside the team, service-like addresses, every
// role and status, with or without 2FA, activity and management. Seeded: a failure replays.

export type Random = () => number;

/** A small seeded generator (mulberry32). */
export function seeded(seed: number): Random {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(rnd: Random, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const chance = (rnd: Random, p: number) => rnd() < p;

const NAMES = ['shop', 'shop-production', 'api-prod', 'blog', 'care-records', 'tools', 'billing-live'];
const PEOPLE = [
  'ann@acme.example',
  'bob@acme.example',
  'eve@gmail.com',
  'ops-bot@acme.example',
  'deploy@agency.example',
  'me@acme.example',
  'zoe@acme.example',
];
const OTHER_OWNER = { id: 'us-olga', email: 'olga@acme.example', username: 'olga' };

export function randomApp(rnd: Random, i: number, parent: SnapshotApp | null): SnapshotApp {
  const name = parent ? `${parent.name}-pr${i}` : `${pick(rnd, NAMES)}-${i}`;
  const mine = chance(rnd, 0.8);
  const link = chance(rnd, 0.4);
  return app(name, {
    id: `id-${name}`,
    region: parent?.region ?? (chance(rnd, 0.2) ? 'osc-secnum-fr1' : 'osc-fr1'),
    owner: mine ? { id: me.id, email: me.email, username: me.username } : OTHER_OWNER,
    ownedByMe: mine,
    hds: chance(rnd, 0.1),
    secnum: chance(rnd, 0.2),
    parentAppName: parent?.name ?? null,
    createdAt: daysAgo(Math.floor(rnd() * 90)),
    scmLinker: chance(rnd, 0.3) ? { userId: `us-${pick(rnd, PEOPLE)}`, email: null, username: null } : null,
    scmLink: link
      ? {
          linker: chance(rnd, 0.7) ? { userId: null, email: pick(rnd, PEOPLE), username: null } : null,
          readAt: daysAgo(0),
          settings: {
            repo: 'acme/shop',
            branch: 'main',
            autoDeploy: chance(rnd, 0.5),
            reviewApps: chance(rnd, 0.5),
            forks: chance(rnd, 0.5),
            deleteStale: pick(rnd, [true, false, null]),
            hoursBeforeDeleteStale: null,
          },
        }
      : undefined,
  });
}

export function randomPeople(rnd: Random, a: SnapshotApp): Assignment[] {
  const out: Assignment[] = [owner(a)];
  for (const email of PEOPLE) {
    if (!chance(rnd, 0.45) || email === a.owner.email) continue;
    const status = pick(rnd, ['accepted', 'accepted', 'accepted', 'pending', 'deleted'] as const);
    const managed = chance(rnd, 0.2)
      ? [{ at: daysAgo(5), type: 'new_collaborator', targetEmail: 'x@acme.example' }]
      : [];
    out.push(
      person(a.name, email, {
        appId: a.id,
        region: a.region,
        role: chance(rnd, 0.5) ? 'collaborator' : 'limited',
        status,
        tfa: status === 'accepted' ? chance(rnd, 0.6) : null,
        invitedAt: status === 'pending' && chance(rnd, 0.6) ? daysAgo(Math.floor(rnd() * 30)) : null,
        invitedAtSource: status === 'pending' ? 'event' : null,
        activity: chance(rnd, 0.2)
          ? null
          : activity({
              actions: chance(rnd, 0.3) ? 0 : 4,
              complete: chance(rnd, 0.8),
              full: chance(rnd, 0.4) ? { run: 1 } : {},
              managed,
            }),
      }),
    );
  }
  return out;
}

/** A random account of 1 to 12 apps, a third of them review apps when there is a parent. */
export function randomSnapshot(rnd: Random): AccessSnapshot {
  const apps: SnapshotApp[] = [];
  const count = 1 + Math.floor(rnd() * 12);
  for (let i = 0; i < count; i++) {
    const parent = apps.length > 0 && chance(rnd, 0.3) ? pick(rnd, apps) : null;
    apps.push(randomApp(rnd, i, parent));
  }
  const base = snapshot(apps, []);
  return {
    ...base,
    me: { ...base.me, tfa: chance(rnd, 0.8) },
    assignments: apps.flatMap((a) => randomPeople(rnd, a)),
    apiTokens: chance(rnd, 0.5) ? [{ id: 't1', name: 'ci', createdAt: daysAgo(500), lastUsedAt: null }] : undefined,
  };
}

/** What else a publication may change: an app's or a region's read failing (or read again), the regions, the API tokens. */
export function randomOtherReads(rnd: Random, s: AccessSnapshot, apps: SnapshotApp[]): Partial<AccessSnapshot> {
  const errors = s.errors.filter(() => rnd() < 0.7);
  for (const a of apps.filter(() => rnd() < 0.15)) {
    const part = rnd() < 0.3 ? ({ part: 'scm' } as const) : {};
    errors.push({ scope: 'app', region: a.region, app: a.name, kind: 'network', message: 'timeout', ...part });
  }
  if (apps.length > 0 && rnd() < 0.1)
    errors.push({ scope: 'region', region: apps[0]!.region, kind: 'network', message: 'timeout' });
  const regions = rnd() < 0.1 ? [...s.regions, { name: 'osc-secnum-fr1', displayName: 'SecNum', api: 'x' }] : s.regions;
  const apiTokens =
    rnd() < 0.2
      ? [{ id: `t${Math.floor(rnd() * 9)}`, name: 'ci', createdAt: daysAgo(0), lastUsedAt: null }]
      : s.apiTokens;
  return { errors, regions, apiTokens };
}
