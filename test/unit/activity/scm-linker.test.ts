import { describe, expect, it } from 'vitest';
import { foldEvents, type AppActivity } from '../../../lib/activity/app-activity';
import { scmLinker } from '../../../lib/activity/summary';
import type { Event } from '../../../lib/scalingo/schemas';

// Who linked the repository, when only the events can say (docs/scalingo-api.md §8): an
// `update_scm` is sent by whoever updated the link and names the linker in
// `type_data.linker_username`; the legacy types are `link_github` / `unlink_github`.

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-20T12:00:00Z');
const windowStart = NOW - 90 * DAY;
const ines = { id: 'us-ines', email: 'ines@acme.example', username: 'ines' };
const chloe = { id: 'us-chloe', email: 'chloe@acme.example', username: 'chloe' };
let seq = 0;
const ev = (type: string, user: typeof ines, daysAgo: number, type_data?: Record<string, unknown>): Event => ({
  id: `ev-${++seq}`,
  created_at: new Date(NOW - daysAgo * DAY).toISOString(),
  type,
  user,
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
const linkerOf = (events: Event[]) => scmLinker(foldEvents(blank, events, windowStart));

describe('the SCM linker from events', () => {
  it('an update_scm by someone else names the linker: not the one who sent it', () => {
    const found = linkerOf([ev('deployment', ines, 20), ev('update_scm', chloe, 5, { linker_username: 'ines' })]);
    expect(found).toMatchObject({ key: 'us-ines', email: 'ines@acme.example', username: 'ines' });
  });

  it('an update_scm without linker_username says nothing: an older link_scm answers', () => {
    expect(linkerOf([ev('link_scm', ines, 60), ev('update_scm', chloe, 5)])).toMatchObject({ key: 'us-ines' });
    expect(linkerOf([ev('update_scm', chloe, 5)])).toBeNull();
  });

  it('the legacy link_github counts, and unlink_github ends it', () => {
    expect(linkerOf([ev('link_github', ines, 30)])).toMatchObject({ key: 'us-ines' });
    expect(linkerOf([ev('link_github', ines, 30), ev('unlink_github', chloe, 2)])).toBeNull();
  });

  it('a linker known only by username is still named', () => {
    expect(linkerOf([ev('update_scm', chloe, 5, { linker_username: 'bruno' })])).toEqual({
      key: null,
      email: null,
      username: 'bruno',
    });
  });
});
