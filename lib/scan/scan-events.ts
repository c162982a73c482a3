import type { AppActivity } from '../activity/app-activity';
import { invitedAt, scmLinker, summarise } from '../activity/summary';
import { ScalingoApiError } from '../scalingo/errors';
import { fetchAppEvents, type EventsClient } from './app-events';
import type { EventsPolicy, EventsTask } from './events-plan';
import type { ScanContext } from './scan-context';
import type { AccessSnapshot, Assignment, SnapshotApp } from './snapshot';

// The events of one app: fetched (incrementally from the stored record), then folded into its
// people's activity summaries and invitation dates. The order of the apps is scan-details.ts's.

export interface EventsStepInput {
  regions: AccessSnapshot['regions'];
  policy: EventsPolicy;
  now: Date;
}

export const windowStartOf = (input: Pick<EventsStepInput, 'policy' | 'now'>) =>
  input.now.getTime() - input.policy.lookBackDays * 86_400_000;

/** The app's record after this scan: fetched now, or null when it could not be read (the error is recorded). */
export async function fetchEventsOf(
  client: EventsClient,
  task: EventsTask,
  input: EventsStepInput,
  ctx: ScanContext,
): Promise<AppActivity | null> {
  const { progress } = ctx;
  const api = input.regions.find((r) => r.name === task.app.region)?.api;
  if (!api || ctx.stopped) return null;
  let pages = 0;
  const result = await fetchAppEvents(client, {
    api,
    appId: task.app.id,
    region: task.app.region,
    previous: task.previous,
    collaboratorsKey: task.collaboratorsKey,
    windowStart: windowStartOf(input),
    now: input.now,
    signal: ctx.signal,
    onPage: () => {
      if (++pages > 1) progress.plan(1);
      progress.step();
    },
  });
  if (result.error) ctx.fail(result.error, task.app.region, task.app.name, task.app.ownedByMe);
  if (result.skipped > 0) ctx.fail(skippedEvents(result.skipped), task.app.region, task.app.name);
  return result.activity;
}

/** Gives the app's people (`mine`: its assignments) their activity and invitation dates from `record`. */
export function applyActivity(app: SnapshotApp, mine: Assignment[], record: AppActivity, windowStart: number): void {
  app.activityAsOf = record.fetchedAt;
  const linker = scmLinker(record);
  app.scmLinker = linker && {
    userId: linker.key?.startsWith('email:') === false ? linker.key : null,
    email: linker.email,
    username: linker.username,
  };
  for (const a of mine) {
    if (a.role === 'owner') continue;
    a.activity = summarise(record, a, windowStart);
    const invited = a.status === 'pending' ? invitedAt(record, a.email) : null;
    if (invited) Object.assign(a, { invitedAt: invited, invitedAtSource: 'event' });
  }
}

/** Malformed events are left out one by one; the review says so, as its activity may be short of them. */
const skippedEvents = (n: number) =>
  new ScalingoApiError('unexpected', `${n} malformed event${n === 1 ? '' : 's'} left out (not in the activity)`);
