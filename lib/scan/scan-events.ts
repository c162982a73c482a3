import type { AppActivity } from '../activity/app-activity';
import { invitedAt, scmLinker, summarise } from '../activity/summary';
import { ScalingoApiError } from '../scalingo/errors';
import { fetchAppEvents, type EventsClient } from './app-events';
import { planEvents, type EventsPolicy } from './events-plan';
import type { ScanContext } from './scan-context';
import type { AccessSnapshot, Assignment, SnapshotApp } from './snapshot';

// The events step: fetch (or reuse) the events of the apps that need them, then give each
// assignment its activity summary and invitation date. Returns the records to store.

export interface EventsStepInput {
  apps: SnapshotApp[];
  assignments: Assignment[];
  regions: AccessSnapshot['regions'];
  stored: Record<string, AppActivity>;
  policy: EventsPolicy;
  now: Date;
}

export async function scanEvents(
  client: EventsClient,
  input: EventsStepInput,
  ctx: ScanContext,
): Promise<Record<string, AppActivity>> {
  const { policy, now } = input;
  const { progress } = ctx;
  const windowStart = now.getTime() - policy.lookBackDays * 86_400_000;
  const tasks = planEvents(input.apps, input.assignments, input.stored, policy, now.getTime());
  const fetching = tasks.filter((t) => t.fetch);
  progress.enter('events', fetching.length);
  const activity: Record<string, AppActivity> = {};

  await Promise.all(
    tasks.map(async (task) => {
      if (!task.fetch || ctx.stopped) {
        if (task.previous) activity[task.key] = task.previous;
        return;
      }
      const api = input.regions.find((r) => r.name === task.app.region)?.api;
      if (!api) return;
      let pages = 0;
      const result = await fetchAppEvents(client, {
        api,
        appId: task.app.id,
        region: task.app.region,
        previous: task.previous,
        collaboratorsKey: task.collaboratorsKey,
        windowStart,
        now,
        signal: ctx.signal,
        onPage: () => {
          if (++pages > 1) progress.plan(1);
          progress.step();
        },
      });
      if (result.activity) activity[task.key] = result.activity;
      if (result.error) ctx.fail(result.error, task.app.region, task.app.name, task.app.ownedByMe);
      if (result.skipped > 0) ctx.fail(skippedEvents(result.skipped), task.app.region, task.app.name);
    }),
  );

  for (const app of input.apps) {
    const record = activity[`${app.region}/${app.id}`];
    if (!record) continue;
    app.activityAsOf = record.fetchedAt;
    const linker = scmLinker(record);
    app.scmLinker = linker && {
      userId: linker.key?.startsWith('email:') === false ? linker.key : null,
      email: linker.email,
      username: linker.username,
    };
    for (const a of input.assignments.filter((x) => x.appId === app.id && x.role !== 'owner')) {
      a.activity = summarise(record, a, windowStart);
      const invited = a.status === 'pending' ? invitedAt(record, a.email) : null;
      if (invited) Object.assign(a, { invitedAt: invited, invitedAtSource: 'event' });
    }
  }
  return activity;
}

/** Malformed events are left out one by one; the review says so, as its activity may be short of them. */
const skippedEvents = (n: number) =>
  new ScalingoApiError('unexpected', `${n} malformed event${n === 1 ? '' : 's'} left out (not in the activity)`);
