import { describe, expect, it } from 'vitest';
import type { AppActivity, CollaboratorEvent } from '../../../lib/activity/app-activity';
import { summarise } from '../../../lib/activity/summary';

// A person's management events are grouped once per record (lib/activity/summary-parts.ts): the
// events that name them by user id and those that name them by e-mail still come back together,
// in the record's order, and each summary gets its own copies.

const T = Date.parse('2026-11-01T10:00:00Z');
const event = (at: number, actor: string, type = 'new_collaborator'): CollaboratorEvent => ({
  at,
  type,
  actor,
  targetEmail: 'x@acme.example',
  isLimited: null,
});
const record: AppActivity = {
  appId: 'a1',
  region: 'osc-fr1',
  fetchedAt: '2026-11-20T00:00:00.000Z',
  newestEventId: null,
  newestAt: null,
  coveredSince: 0,
  collaboratorsKey: '',
  people: {},
  collaboratorEvents: [
    event(T + 3, 'us-ann'),
    event(T + 1, 'email:ann@acme.example'),
    event(T + 2, 'us-bob'),
    event(T + 4, 'us-ann', 'change_collaborator_role'),
    event(T - 10 * 86_400_000, 'us-ann'),
    event(T + 5, 'us-ann', 'deployment'),
  ],
};

describe('managed events in a summary', () => {
  it('gathers what a person did under their id and their e-mail, in the record’s order, inside the window', () => {
    const ann = summarise(record, { userId: 'us-ann', email: 'Ann@acme.example' }, T - 86_400_000);
    expect(ann.managed.map((m) => [m.at, m.type])).toEqual([
      ['2026-11-01T10:00:00.003Z', 'new_collaborator'],
      ['2026-11-01T10:00:00.001Z', 'new_collaborator'],
      ['2026-11-01T10:00:00.004Z', 'change_collaborator_role'],
    ]);
    expect(summarise(record, { userId: null, email: 'bob@acme.example' }, T).managed).toEqual([]);
    expect(summarise(record, { userId: 'us-bob', email: 'bob@acme.example' }, T).managed).toHaveLength(1);
  });

  it('reads the window afresh when it changes, and never shares a summary’s list', () => {
    const wide = summarise(record, { userId: 'us-ann', email: 'ann@acme.example' }, T - 20 * 86_400_000);
    expect(wide.managed).toHaveLength(4);
    const again = summarise(record, { userId: 'us-ann', email: 'ann@acme.example' }, T - 20 * 86_400_000);
    expect(again.managed).toEqual(wide.managed);
    expect(again.managed[0]).not.toBe(wide.managed[0]);
  });
});
