import type { AppActivity } from '../activity/app-activity';
import { appKey, type Publication } from './publication';
import type { AccessSnapshot, Assignment, SnapshotApp } from './snapshot';

// How a running scan hands out its publications (publication.ts) without slowing its reads
// (issue 14: a deep copy of the whole account at every app made a 300-app scan 1.7× slower
// than the rate limit allows). A complete app and its people are copied once and those copies
// reused; a pending app is copied again each time (its SCM link may land before its events,
// and a resume reuses it), so a publication stays a snapshot that never changes after it is
// handed out, for the cost of a pass over two arrays. Its objects are shared with the next
// publications: read them, never change them. And they are paced: about PUBLICATIONS_PER_SCAN
// in a scan, more often when apps come in slowly, the apps the dashboard wants at once.

/** A large account publishes every few apps, so that a scan publishes about this many times. */
export const PUBLICATIONS_PER_SCAN = 50;
/** ...and whenever an app came in this long after the last publication (a slow scan still updates the views). */
export const PUBLISH_AFTER_MS = 2_000;

export interface PaceInput {
  /** The scan's own snapshot, which goes on changing as it reads. */
  live: () => AccessSnapshot;
  activity: () => Record<string, AppActivity>;
  /** The apps still being read (`region/id`), shrinking as they come in. */
  pending: ReadonlySet<string>;
  /** How many apps the scan reads. */
  jobs: number;
  /** What every publication's `partial` says beside its pending apps (when the lists were read, a forced scan). */
  partial?: { listsReadAt: string; force: boolean };
  /** True while the API token list shown is the last scan's (lib/engine/provisional.ts). */
  tokensPending?: () => boolean;
  emit: (p: Publication) => void;
  clock?: () => number;
}

export function publishPace(input: PaceInput) {
  const clock = input.clock ?? (() => Date.now());
  const copies = new WeakMap<object, object>();
  const copy = <T extends object>(x: T): T => {
    let c = copies.get(x) as T | undefined;
    if (!c) copies.set(x, (c = structuredClone(x)));
    return c;
  };
  let byApp: Map<string, Assignment[]> | null = null;
  const every = Math.max(1, Math.ceil(input.jobs / PUBLICATIONS_PER_SCAN));
  let since = 0;
  let last = clock();

  const build = (): Publication => {
    const { apps, assignments, ...rest } = input.live();
    since = 0;
    last = clock();
    const snapshot: AccessSnapshot = {
      ...structuredClone(rest),
      apps: apps.map((a) => (input.pending.has(appKey(a)) ? structuredClone(a) : copy(a))),
      assignments: assignments.map(copy),
      partial: {
        pending: [...input.pending],
        cancelled: false,
        ...input.partial,
        ...(input.tokensPending?.() && { tokensPending: true }),
      },
    };
    return { snapshot, activity: input.activity() };
  };
  const publish = (): void => input.emit(build());

  return {
    /** Publishes now (the lists are read). */
    publish,
    /** A cancelled scan's last word: a publication with the apps in since the last one, if any came. */
    flush: (): Publication | null => (since > 0 ? build() : null),
    /** An app's reads are in: its people are copied again at the next publication, which may be now. */
    appDone(app: SnapshotApp, wanted: boolean): void {
      byApp ??= peopleByApp(input.live().assignments);
      copies.delete(app);
      for (const a of byApp.get(app.id) ?? []) copies.delete(a);
      since++;
      if (input.pending.size === 0) return; // the scan's result follows
      if (wanted || since >= every || clock() - last >= PUBLISH_AFTER_MS) publish();
    },
  };
}

function peopleByApp(assignments: Assignment[]): Map<string, Assignment[]> {
  const map = new Map<string, Assignment[]>();
  for (const a of assignments) map.set(a.appId, [...(map.get(a.appId) ?? []), a]);
  return map;
}
