import type { AppEntry, Collaborator, Dataset, ScalingoEvent } from './dataset';

/**
 * Deterministic synthetic accounts for benchmarks (20 / 100 / 300 apps): the same seed gives
 * the same dataset, byte for byte. The caller ("bench-owner", token GENERATED_TOKEN) owns
 * most apps and is a full collaborator on the rest, owned by a service account.
 */

export interface GenerateOptions {
  apps: number;
  peoplePerApp?: number;
  eventsPerApp?: number;
  regions?: string[];
  seed?: number;
}

export const GENERATED_TOKEN = 'tk-us-bench-owner-000000000000000000000000000000000';
const NOW = Date.parse('2026-11-20T09:00:00.000Z');
const DAY = 86_400_000;

/** mulberry32: tiny, fast, good enough to pick names and dates. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  const hex = (n: number) => Array.from({ length: n }, () => int(16).toString(16)).join('');
  return { next, int, pick, hex };
}

const EVENT_TYPES = [
  'deployment',
  'deployment',
  'deployment',
  'restart',
  'restart',
  'run',
  'edit_variable',
  'new_variable',
  'scale',
  'new_addon',
] as const;

export function generateDataset(opts: GenerateOptions): Dataset {
  const rng = prng(opts.seed ?? 42);
  const regionNames = opts.regions ?? ['osc-fr1', 'osc-secnum-fr1'];
  const peoplePerApp = opts.peoplePerApp ?? 4;
  const eventsPerApp = opts.eventsPerApp ?? 40;
  const iso = (ms: number) => new Date(ms).toISOString();
  const objectId = (ms: number) =>
    Math.floor(ms / 1000)
      .toString(16)
      .padStart(8, '0') + rng.hex(16);
  const userId = () => `us-${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-8${rng.hex(3)}-${rng.hex(12)}`;

  const me = { id: userId(), username: 'bench-owner', email: 'bench-owner@acme.example' };
  const bot = { id: userId(), username: 'ops-bot', email: 'ops-bot@acme.example' };
  const domains = ['acme.example', 'acme.example', 'acme.example', 'gmail.com', 'agency.example'];
  const pool = Array.from({ length: Math.max(8, Math.ceil((opts.apps * peoplePerApp) / 4)) }, (_, i) => {
    const username = `person-${String(i + 1).padStart(3, '0')}`;
    return { id: userId(), username, email: `${username}@${rng.pick(domains)}`, tfa: rng.next() < 0.85 };
  });

  const apps: AppEntry[] = Array.from({ length: opts.apps }, (_, i) => {
    const region =
      rng.next() < 0.8 || regionNames.length === 1
        ? regionNames[0]!
        : regionNames[1 + rng.int(regionNames.length - 1)]!;
    const name = `app-${String(i + 1).padStart(3, '0')}${rng.next() < 0.2 ? '-production' : ''}`;
    const created = NOW - (200 + rng.int(1500)) * DAY;
    const id = objectId(created);
    const owner = i % 10 === 9 ? bot : me;
    const people = new Set<(typeof pool)[number]>();
    while (people.size < Math.min(peoplePerApp, pool.length)) people.add(rng.pick(pool));
    const collaborators: Collaborator[] = [...people].map((p) => {
      const roll = rng.next();
      const status = roll < 0.08 ? 'pending' : roll < 0.1 ? 'user account deleted' : 'accepted';
      const pending = status === 'pending';
      return {
        id: objectId(created + rng.int(150) * DAY),
        email: p.email,
        user_id: pending ? null : p.id,
        username: pending ? 'n/a' : p.username,
        tfa_status: status === 'accepted' ? p.tfa : null,
        status,
        is_limited: rng.next() < 0.5,
        invitation_link: pending ? `https://my.scalingo.com/apps/collaboration?token=${rng.hex(32)}` : '',
        app_id: id,
        app_name: name,
      };
    });
    if (owner === bot) {
      collaborators.push({
        id: objectId(created),
        email: me.email,
        user_id: me.id,
        username: me.username,
        tfa_status: true,
        status: 'accepted',
        is_limited: false,
        invitation_link: '',
        app_id: id,
        app_name: name,
      });
    }
    const actors = [
      owner,
      ...collaborators
        .filter((c) => c.status === 'accepted')
        .map((c) => ({ id: c.user_id!, username: c.username, email: c.email })),
    ];
    const events: ScalingoEvent[] = Array.from({ length: eventsPerApp }, () => {
      const at = NOW - rng.int(180 * DAY);
      const user = rng.pick(actors);
      return {
        id: objectId(at),
        created_at: iso(at),
        type: rng.pick(EVENT_TYPES),
        app_id: id,
        app_name: name,
        user,
        type_data: {},
      };
    });
    for (const c of collaborators.filter((x) => x.status === 'pending')) {
      const at = NOW - rng.int(120) * DAY;
      events.push({
        id: objectId(at),
        created_at: iso(at),
        type: 'new_collaborator',
        app_id: id,
        app_name: name,
        user: owner,
        type_data: { collaborator: { email: c.email, is_limited: c.is_limited } },
      });
    }
    const app = {
      id,
      name,
      created_at: iso(created),
      updated_at: iso(created),
      owner: { ...owner },
      hds_resource: false,
      url: `https://${name}.${region}.scalingo.io`,
      git_url: `git@ssh.${region}.scalingo.com:${name}.git`,
    };
    return { region, app, scm_linker_user_id: null, collaborators, events };
  });

  return {
    now: iso(NOW),
    tokens: [{ token: GENERATED_TOKEN, user_id: me.id }],
    users: [
      { user: { ...me, fullname: 'Bench Owner' }, tfa: { uuid: `tfa-${rng.hex(8)}`, enabled: true, provider: 'totp' } },
    ],
    regions: regionNames.map((name, i) => ({
      name,
      display_name: name,
      api: `https://api.${name}.scalingo.com`,
      dashboard: 'https://dashboard.scalingo.com',
      database_api: `https://db-api.${name}.scalingo.com`,
      ssh: `ssh.${name}.scalingo.com:22`,
      default: i === 0,
      restricted: name.includes('secnum'),
    })),
    apps,
  };
}
