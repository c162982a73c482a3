import { isPersonAction } from '../../lib/activity/actor';
import type { Event } from '../../lib/scalingo/schemas';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASETS_DIR, loadDataset, validateDataset, type Dataset } from './dataset';
import { DEMO_TOKENS, DEMO_USER_IDS, EMPTY_TOKEN } from './demo';
import { GENERATED_TOKEN, generateDataset } from './generate';
import { call, exchange, start } from './test-helpers';

const rawDemo = () => JSON.parse(readFileSync(join(DATASETS_DIR, 'demo.json'), 'utf8')) as Dataset;
const DAY = 86_400_000;

describe('date shifting', () => {
  it('moves every date by (now - dataset.now), so "N days ago" stays N days ago', () => {
    const raw = rawDemo();
    const now = Date.parse('2031-03-01T12:00:00.000Z');
    const state = loadDataset('demo', { now });
    const delta = now - Date.parse(raw.now);
    expect(state.now).toBe(new Date(now).toISOString());
    const rawApp = raw.apps[0]!;
    const app = state.apps[0]!;
    expect(Date.parse(app.app.created_at as string)).toBe(Date.parse(rawApp.app.created_at as string) + delta);
    expect(Date.parse(app.events[3]!.created_at)).toBe(Date.parse(rawApp.events[3]!.created_at) + delta);
    // Dates nested in type_data move too.
    const rawFinished = (rawApp.events[0]!.type_data as { finished_at: string }).finished_at;
    expect((app.events[0]!.type_data as { finished_at: string }).finished_at).toBe(
      new Date(Date.parse(rawFinished) + delta).toISOString(),
    );
    // Strings that are not dates do not.
    expect(app.app.name).toBe(rawApp.app.name);
  });

  it('serves dates as written with shiftDates: false', async () => {
    const mock = await start({ shiftDates: false });
    try {
      const bearer = await exchange(mock, DEMO_TOKENS.alice);
      const answer = await call(`${mock.regionUrl('osc-fr1')}/v1/apps/shop-api-production`, { bearer });
      expect(answer.json.app.created_at).toBe(rawDemo().apps[0]!.app.created_at);
    } finally {
      await mock.close();
    }
  });

  it('never mutates the object it was given', async () => {
    const dataset = generateDataset({ apps: 2, seed: 1 });
    const before = structuredClone(dataset);
    const mock = await start({ dataset });
    try {
      const bearer = await exchange(mock, GENERATED_TOKEN);
      const app = dataset.apps[0]!.app.name;
      await call(`${mock.regionUrl(dataset.apps[0]!.region)}/v1/apps/${app}/collaborators`, {
        method: 'POST',
        bearer,
        body: { collaborator: { email: 'new@acme.example' } },
      });
      expect(dataset).toEqual(before);
    } finally {
      await mock.close();
    }
  });
});

describe('validation', () => {
  const broken = (mutate: (d: Dataset) => void) => {
    const d = rawDemo();
    mutate(d);
    return d;
  };

  it.each([
    [
      'a bad collaborator status',
      (d: Dataset) => Object.assign(d.apps[2]!.collaborators[1]!, { status: 'active' }),
      'apps[2].collaborators[1].status',
    ],
    ['an app without owner', (d: Dataset) => Object.assign(d.apps[0]!.app, { owner: undefined }), 'apps[0].app.owner'],
    [
      'a token of an unknown user',
      (d: Dataset) => Object.assign(d.tokens[0]!, { user_id: 'us-nobody' }),
      'tokens[0].user_id',
    ],
    [
      'an app in an unknown region',
      (d: Dataset) => Object.assign(d.apps[1]!, { region: 'agora-fr1' }),
      'apps[1].region',
    ],
    ['a misspelt wrapper field', (d: Dataset) => Object.assign(d.apps[1]!, { colaborators: [] }), 'apps[1]'],
    [
      'a date that is not ISO-8601',
      (d: Dataset) => Object.assign(d.apps[0]!.events[0]!, { created_at: 'yesterday' }),
      'apps[0].events[0].created_at',
    ],
  ])('names the file and the JSON path for %s', (_label, mutate, path) => {
    const file = join(mkdtempSync(join(tmpdir(), 'mock-dataset-')), 'broken.json');
    writeFileSync(file, JSON.stringify(broken(mutate)));
    expect(() => loadDataset(file)).toThrow(`Invalid mock dataset ${file}:`);
    expect(() => loadDataset(file)).toThrow(`  - ${path}`);
  });

  it('says which datasets exist when a name is unknown', () => {
    expect(() => loadDataset('nope')).toThrow(/Mock dataset "nope" not found.*Available: .*demo.*empty/s);
  });

  it('reports a file that is not JSON', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mock-dataset-')), 'bad.json');
    writeFileSync(file, '{ "now": ');
    expect(() => loadDataset(file)).toThrow(`Mock dataset ${file} is not valid JSON`);
  });

  it('keeps and serves unknown fields, in their original order', async () => {
    const d = rawDemo();
    const app = d.apps[9]!.app;
    d.apps[9]!.app = { future_field: { x: 1 }, ...app };
    const mock = await start({ dataset: d });
    try {
      const bearer = await exchange(mock, DEMO_TOKENS.alice);
      const answer = await call(`${mock.regionUrl('osc-fr1')}/v1/apps/${app.name}`, { bearer });
      expect(Object.keys(answer.json.app).slice(0, 3)).toEqual(['future_field', 'id', 'name']);
      expect(answer.json.app.future_field).toEqual({ x: 1 });
    } finally {
      await mock.close();
    }
  });

  it.each(['demo', 'empty'])('the shipped %s dataset is valid', (name) => {
    expect(() =>
      validateDataset(JSON.parse(readFileSync(join(DATASETS_DIR, `${name}.json`), 'utf8')), name),
    ).not.toThrow();
    expect(loadDataset(name).tokens.map((t) => t.token)).toEqual(
      name === 'demo' ? Object.values(DEMO_TOKENS) : [EMPTY_TOKEN],
    );
  });
});

describe('generateDataset', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateDataset({ apps: 20, seed: 7 })).toEqual(generateDataset({ apps: 20, seed: 7 }));
    expect(generateDataset({ apps: 20, seed: 7 })).not.toEqual(generateDataset({ apps: 20, seed: 8 }));
  });

  it.each([20, 100, 300])('builds a valid %i-app account the caller mostly owns', async (apps) => {
    const d = generateDataset({ apps, peoplePerApp: 5, eventsPerApp: 30 });
    expect(() => validateDataset(d, 'generated')).not.toThrow();
    const me = d.tokens[0]!.user_id;
    const owned = d.apps.filter((a) => a.app.owner.id === me).length;
    expect(owned).toBeGreaterThanOrEqual(apps * 0.8);
    expect(owned).toBeLessThan(apps);
    expect(d.apps.every((a) => a.events.length >= 30)).toBe(true);
    const mock = await start({ dataset: d });
    try {
      const bearer = await exchange(mock, GENERATED_TOKEN);
      const counts = await Promise.all(
        d.regions.map(
          async (r) => (await call(`${mock.regionUrl(r.name)}/v1/apps`, { bearer })).json.apps.length as number,
        ),
      );
      expect(counts.reduce((a, b) => a + b, 0)).toBe(apps);
    } finally {
      await mock.close();
    }
  });
});

/** The demo must keep modelling every situation of the rule catalogue (docs/rules.md; README table). */
describe('demo dataset situations', () => {
  const demo = loadDataset('demo');
  const app = (name: string) => demo.apps.find((a) => a.app.name === name)!;
  const person = (name: string, email: string) => app(name).collaborators.find((c) => c.email === email)!;
  const daysAgo = (iso: string) => (Date.now() - Date.parse(iso)) / DAY;
  // A person's own actions: not an add-on's variable, not a restart the platform made (docs/scalingo-api.md §8).
  const data = (e: object) =>
    ((e as { type_data?: unknown }).type_data ?? {}) as {
      addon_name?: string;
      reason?: string;
      linker_username?: string;
    };
  const byPerson = (e: object) => isPersonAction(e as Event);
  const activity = (email: string, withinDays: number) =>
    demo.apps
      .flatMap((a) => a.events)
      .filter((e) => e.user?.email === email && byPerson(e) && daysAgo(e.created_at) <= withinDays)
      .map((e) => e.type);
  const inName = (email: string, withinDays: number) =>
    demo.apps.flatMap((a) => a.events).filter((e) => e.user?.email === email && daysAgo(e.created_at) <= withinDays);
  const COLLABORATOR_ONLY = ['edit_variable', 'new_variable', 'run', 'scale', 'new_addon'];

  it.each([
    [
      'chloe: full with Collaborator-only activity in 90 days',
      () => activity('chloe@acme.example', 90).some((t) => COLLABORATOR_ONLY.includes(t)),
    ],
    [
      'bruno: full, only deployments/restarts in 90 days',
      () =>
        activity('bruno@acme.example', 90).length > 0 &&
        activity('bruno@acme.example', 90).every((t) => t === 'deployment' || t === 'restart'),
    ],
    [
      'emma: full, nothing at all in 90 days',
      () => activity('emma@acme.example', 90).length === 0 && activity('emma@acme.example', 400).length > 0,
    ],
    [
      'farid: full without 2FA on the SecNumCloud app',
      () =>
        app('payments-secnum').region === 'osc-secnum-fr1' &&
        person('payments-secnum', 'farid@acme.example').tfa_status === false,
    ],
    [
      'gaelle: limited without 2FA',
      () =>
        person('marketing-site', 'gaelle@acme.example').is_limited &&
        person('marketing-site', 'gaelle@acme.example').tfa_status === false,
    ],
    [
      'nina: pending ~60 days, with its new_collaborator event',
      () =>
        person('shop-api-staging', 'nina@acme.example').status === 'pending' &&
        app('shop-api-staging').events.some(
          (e) => e.type === 'new_collaborator' && Math.round(daysAgo(e.created_at)) === 60,
        ),
    ],
    [
      'oscar: pending 2 days, invited by hugo',
      () =>
        person('docs-portal', 'oscar@acme.example').status === 'pending' &&
        app('docs-portal').events.some(
          (e) => e.type === 'new_collaborator' && e.user?.username === 'hugo' && daysAgo(e.created_at) < 3,
        ),
    ],
    [
      'paul: user account deleted',
      () => person('marketing-site', 'paul@acme.example').status === 'user account deleted',
    ],
    [
      'lea (gmail.com) and max (agency) are full',
      () =>
        !person('shop-frontend', 'lea.dev.freelance@gmail.com').is_limited &&
        !person('shop-frontend', 'max@pixel-agency.example').is_limited,
    ],
    [
      'shop-frontend has 6 full collaborators',
      () => app('shop-frontend').collaborators.filter((c) => !c.is_limited).length === 6,
    ],
    [
      'chloe is full on 7 apps (one a review app)',
      () =>
        demo.apps.filter((a) => a.collaborators.some((c) => c.email === 'chloe@acme.example' && !c.is_limited))
          .length === 7,
    ],
    [
      'hugo (not owner) changed a role in the last 30 days',
      () => activity('hugo@acme.example', 30).includes('change_collaborator_role'),
    ],
    [
      'shop-api-production is owned by my personal account',
      () => app('shop-api-production').app.owner.id === DEMO_USER_IDS.alice,
    ],
    [
      'billing-api-prod is owned by ops-bot, I am a collaborator there',
      () =>
        app('billing-api-prod').app.owner.email === 'ops-bot@acme.example' &&
        app('billing-api-prod').collaborators.some((c) => c.user_id === DEMO_USER_IDS.alice),
    ],
    ['care-records is HDS', () => app('care-records').app.hds_resource === true],
    [
      'ines linked the SCM of data-pipeline',
      () =>
        app('data-pipeline').scm_linker_user_id === person('data-pipeline', 'ines@acme.example').user_id &&
        app('data-pipeline').events.some((e) => e.type === 'link_scm'),
    ],
    [
      'julien: limited, 2FA on, active',
      () =>
        person('docs-portal', 'julien@acme.example').is_limited &&
        person('docs-portal', 'julien@acme.example').tfa_status === true,
    ],
    [
      'a restart without user and platform events',
      () =>
        demo.apps.some((a) => a.events.some((e) => e.type === 'restart' && !e.user)) &&
        demo.apps.some((a) => a.events.some((e) => e.user?.username === 'scalingo-platform')),
    ],
    [
      'emma: an add-on’s variable event and a platform restart in her name, neither her doing',
      () =>
        inName('emma@acme.example', 90).some((e) => e.type === 'edit_variable' && data(e).addon_name) &&
        inName('emma@acme.example', 90).some((e) => e.type === 'restart' && data(e).reason === 'security_maintenance'),
    ],
    [
      'bruno linked shop-frontend’s repository long ago (no SCM event left) and only deploys since',
      () =>
        app('shop-frontend').scm_linker_user_id === person('shop-frontend', 'bruno@acme.example').user_id &&
        !app('shop-frontend').events.some((e) => e.type.endsWith('_scm')),
    ],
    [
      'chloe updated data-pipeline’s SCM link, the event naming ines as the linker',
      () =>
        app('data-pipeline').events.some(
          (e) =>
            e.type === 'update_scm' && e.user?.email === 'chloe@acme.example' && data(e).linker_username === 'ines',
        ),
    ],
    [
      'shop-api-production-pr42: a review app of shop-api-production, with a production-like name',
      () => app('shop-api-production-pr42').app.parent_app_name === 'shop-api-production',
    ],
    [
      'alice: full on billing-api-prod and Limited on partner-portal, both owned by ops-bot',
      () =>
        app('partner-portal').collaborators.some((c) => c.user_id === DEMO_USER_IDS.alice && c.is_limited) &&
        app('partner-portal').app.owner.email === 'ops-bot@acme.example' &&
        app('billing-api-prod').collaborators.some((c) => c.user_id === DEMO_USER_IDS.alice && !c.is_limited),
    ],
    ['events older than 90 days exist', () => demo.apps.some((a) => a.events.some((e) => daysAgo(e.created_at) > 180))],
  ])('%s', (_label, check) => {
    expect(check()).toBe(true);
  });
});
