import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASETS_DIR, loadDataset, validateDataset, type Dataset } from './dataset';
import { DEMO_OTHER_TOKENS, DEMO_TOKENS, EMPTY_TOKEN } from './demo';
import { GENERATED_TOKEN, generateDataset } from './generate';
import { call, exchange, start } from './test-helpers';

const rawDemo = () => JSON.parse(readFileSync(join(DATASETS_DIR, 'demo.json'), 'utf8')) as Dataset;

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
      name === 'demo' ? [DEMO_TOKENS.alice, ...Object.values(DEMO_OTHER_TOKENS), DEMO_TOKENS.julien] : [EMPTY_TOKEN],
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
