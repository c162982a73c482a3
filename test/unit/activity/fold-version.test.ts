import { describe, expect, it } from 'vitest';
import { FOLD_VERSION, parseActivityRecords } from '../../../lib/activity/app-activity';

// Event records stored by the release that counted an add-on's variables and platform restarts
// as people's actions are read again from Scalingo rather than trusted (docs/scalingo-api.md §8).

const record = (over: Record<string, unknown> = {}) => ({
  appId: 'app',
  region: 'osc-fr1',
  fetchedAt: '2026-11-20T00:00:00.000Z',
  newestEventId: 'e1',
  newestAt: 1,
  coveredSince: 0,
  collaboratorsKey: 'k',
  people: { 'us-emma': { email: 'emma@acme.example', username: 'emma', byType: { edit_variable: [1] } } },
  collaboratorEvents: [],
  ...over,
});

describe('stored event records', () => {
  it('a record folded by the older reading is dropped, so the app’s events are read again', () => {
    expect(parseActivityRecords({ 'osc-fr1/app': record() })).toEqual({});
  });

  it('a record of this reading is kept', () => {
    expect(Object.keys(parseActivityRecords({ 'osc-fr1/app': record({ foldedBy: FOLD_VERSION }) }))).toEqual([
      'osc-fr1/app',
    ]);
  });
});
