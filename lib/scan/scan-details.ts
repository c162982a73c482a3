import type { AppActivity } from '../activity/app-activity';
import type { EventsClient } from './app-events';
import { planEvents, type EventsTask } from './events-plan';
import { readQueue, type WantedApp } from './read-order';
import type { ScanContext } from './scan-context';
import { applyActivity, fetchEventsOf, windowStartOf, type EventsStepInput } from './scan-events';
import { applyScmLink, planScmLinks, readScmLink, type ScmClient, type ScmInput } from './scan-scm';
import type { Assignment, SnapshotApp } from './snapshot';

// The second half of a scan, app by app: each app's events and SCM link, read together, then
// folded into its people at once, so that the app is complete (and published) as soon as its
// own reads are in. The next app is chosen when a slot frees up: the apps the dashboard wants
// now first, then by `rank` (lib/scan/read-order.ts), so a preference learnt mid-scan counts.
// The requests are the same as reading all events then all links: only their order changes.

export interface DetailsInput extends EventsStepInput, Omit<ScmInput, 'now'> {
  stored: Record<string, AppActivity>;
  /** Lower first; asked once per app. `full`: someone besides the owner has full access. */
  rank?: (app: SnapshotApp, full: boolean) => number;
  /** The apps the dashboard shows, read before the others; asked again each time an app is picked. */
  wanted?: () => readonly WantedApp[];
  /** Told each time an app's reads are done and folded in; `wanted`: the dashboard asked for it. */
  onApp?: (app: SnapshotApp, wanted: boolean) => void;
}

export interface AppJob {
  app: SnapshotApp;
  events: EventsTask | null;
  scm: boolean;
  full: boolean;
}

/** Apps in flight at once: an app asks for 1 to 2 requests, the limiter sends 4 at a time; 3 keeps a wanted app within a few requests of the front. */
const APPS_AT_ONCE = 3;

/** What each app needs read. Apps with nothing to read are complete at once (reused records applied); the others get their stored record meanwhile. */
export function planDetails(input: DetailsInput): { jobs: AppJob[]; activity: Record<string, AppActivity> } {
  const { apps, assignments, stored, policy } = input;
  const tasks = planEvents(apps, assignments, stored, policy, input.now.getTime());
  const scm = new Set(planScmLinks({ ...input }));
  const activity: Record<string, AppActivity> = {};
  const byApp = new Map(tasks.map((t) => [t.app.id, t]));
  const jobs: AppJob[] = [];
  const people = peopleByApp(assignments);
  for (const app of apps) {
    const task = byApp.get(app.id) ?? null;
    const full = (people.get(app.id) ?? []).some((a) => a.role === 'collaborator' && a.status === 'accepted');
    if (task?.fetch || scm.has(app)) jobs.push({ app, events: task?.fetch ? task : null, scm: scm.has(app), full });
    if (task && !task.fetch && task.previous) activity[task.key] = task.previous;
    if (!task?.fetch && !scm.has(app)) fold(app, people.get(app.id) ?? [], activity[task?.key ?? ''], input);
    // An app still to read shows what its stored record says meanwhile (its usage findings stay,
    // provisional: lib/engine/provisional.ts), replaced once its read ends.
    else if (task?.previous) applyActivity(app, people.get(app.id) ?? [], task.previous, windowStartOf(input));
  }
  return { jobs, activity };
}

/** Runs the jobs, the most wanted first; `activity` receives the records read or reused. */
export async function runDetails(
  client: EventsClient & ScmClient,
  input: DetailsInput,
  plan: { jobs: AppJob[]; activity: Record<string, AppActivity> },
  ctx: ScanContext,
): Promise<void> {
  const { jobs } = plan;
  // The SCM links first: entering `events` announces the total, which must already hold them.
  ctx.progress.plan(jobs.filter((j) => j.scm).length);
  ctx.progress.enter('events', jobs.filter((j) => j.events).length);
  const people = peopleByApp(input.assignments);
  const queue = readQueue(jobs, input.rank, input.wanted);
  let done = 0;
  const one = async (job: AppJob) => {
    const [record] = await Promise.all([
      job.events && !ctx.stopped ? fetchEventsOf(client, job.events, input, ctx) : job.events?.previous,
      job.scm ? readScmLink(client, job.app, { ...input }, ctx) : undefined,
    ]);
    if (record && job.events) plan.activity[job.events.key] = record;
    fold(job.app, people.get(job.app.id) ?? [], record ?? undefined, input);
    ctx.progress.appDone(job.app.name, ++done, jobs.length);
    input.onApp?.(job.app, queue.isWanted(job.app));
  };
  const worker = async () => {
    for (let job = queue.next(); job; job = queue.next()) await one(job);
  };
  await Promise.all(Array.from({ length: Math.min(APPS_AT_ONCE, jobs.length) }, worker));
}

/** Folds what was read into the app and its people. */
function fold(app: SnapshotApp, mine: Assignment[], record: AppActivity | undefined, input: DetailsInput): void {
  if (record) applyActivity(app, mine, record, windowStartOf(input));
  applyScmLink(app);
}

function peopleByApp(assignments: Assignment[]): Map<string, Assignment[]> {
  const map = new Map<string, Assignment[]>();
  for (const a of assignments) {
    const list = map.get(a.appId);
    if (list) list.push(a);
    else map.set(a.appId, [a]);
  }
  return map;
}
