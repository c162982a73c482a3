import { describe, expect, it } from 'vitest';
import { foldEvents, type AppActivity } from '../../../lib/activity/app-activity';
import { summarise } from '../../../lib/activity/summary';
import { Collaborator, type Event } from '../../../lib/scalingo/schemas';

// Who did what (issue 13, item 3; Scalingo's Go client `events_structs.go`): events the
// platform or an add-on wrote are nobody's activity, even when they carry a person's `user`.

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-20T12:00:00Z');
const windowStart = NOW - 90 * DAY;
const bob = { id: 'us-bob', email: 'bob@acme.example', username: 'bob' };

let seq = 0;
const ev = (type: string, type_data?: Record<string, unknown>, daysAgo = 3): Event => ({
  id: `ev-${++seq}`,
  created_at: new Date(NOW - daysAgo * DAY).toISOString(),
  type,
  user: bob,
  type_data,
});
const blank: AppActivity = {
  appId: 'app',
  region: 'osc-fr1',
  fetchedAt: new Date(NOW).toISOString(),
  newestEventId: null,
  newestAt: null,
  coveredSince: windowStart,
  collaboratorsKey: '',
  people: {},
  collaboratorEvents: [],
};
const bobOn = (events: Event[]) =>
  summarise(foldEvents(blank, events, windowStart), { userId: bob.id, email: bob.email }, windowStart);

describe('events that are nobody’s action', () => {
  it.each([
    [
      'a variable written by an add-on',
      ev('edit_variable', { addon_name: 'scalingo-postgresql', name: 'DATABASE_URL' }),
    ],
    ['variables written by an add-on', ev('edit_variables', { addon_name: 'scalingo-redis' })],
    ['a restart after a failure', ev('restart', { reason: 'unexpected_failure' })],
    ['a restart for rebalancing', ev('restart', { reason: 'rebalancing_operation' })],
    ['a restart for security maintenance', ev('restart', { reason: 'security_maintenance' })],
    ['an alert', ev('alert')],
    ['a crash', ev('crash')],
    ['repeated crashes', ev('repeated_crash')],
    ['a database backup', ev('database_backup_succeeded')],
    ['a continuous backup', ev('database_continuousbackup_failed')],
    ['a database maintenance', ev('start_database_maintenance')],
    ['an add-on update', ev('addon_updated')],
  ])('%s is neither a last action nor a use of full access', (_, event) => {
    expect(bobOn([event])).toMatchObject({ actions: 0, lastAt: null, fullOnly: { count: 0 } });
  });

  it('a restart a person asked for counts, with or without a reason', () => {
    const s = bobOn([ev('restart', { reason: 'user_restart' }, 2), ev('restart', undefined, 4)]);
    expect(s.actions).toBe(2);
    expect(s.lastAt).toBe(new Date(NOW - 2 * DAY).toISOString());
  });

  it('a variable edited by a person is still a use of full access', () => {
    expect(bobOn([ev('edit_variable', { name: 'SECRET' })]).fullOnly.types).toEqual({ edit_variable: 1 });
  });
});

describe('Collaborator-only event types', () => {
  it.each([
    'stop_app',
    'upgrade_database',
    'database/add_feature',
    'database/remove_feature',
    'link_github',
    'unlink_github',
    'edit_app',
  ])('%s is a use of full access', (type) => {
    expect(bobOn([ev(type)]).fullOnly.types).toEqual({ [type]: 1 });
  });
});

describe('is_limited as a boolean or a string', () => {
  it.each([
    [true, true],
    ['true', true],
    [false, false],
    ['false', false],
  ])('in a role-change event: %j', (raw, expected) => {
    const folded = foldEvents(
      blank,
      [ev('change_collaborator_role', { collaborator: { email: 'eve@acme.example', is_limited: raw } })],
      windowStart,
    );
    expect(folded.collaboratorEvents[0]).toMatchObject({ targetEmail: 'eve@acme.example', isLimited: expected });
  });

  it.each([
    ['true', true],
    ['false', false],
  ])('in a collaborator: %j', (raw, expected) => {
    const c = Collaborator.parse({ id: 'c1', email: 'eve@acme.example', status: 'accepted', is_limited: raw });
    expect(c.is_limited).toBe(expected);
  });
});
