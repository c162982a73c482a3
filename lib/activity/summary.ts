import { z } from 'zod';
import { isoTime } from './iso-time';
import { personKey, type AppActivity, type PersonActivity } from './app-activity';
import { classOf, FULL_ONLY, managedOf, PLATFORM, sinceOf } from './summary-parts';

// One person's activity on one app over the look-back window, as the rules and the views
// need it: when they last did anything, and which Collaborator-only actions they used.

export const ActivitySummary = z.object({
  /** The window's start; activity before it is not counted. */
  since: z.string(),
  /** When the app's events were last fetched. */
  asOf: z.string(),
  /** False when Scalingo's history (or a failed fetch) does not reach back to `since`. */
  complete: z.boolean(),
  actions: z.number(),
  lastAt: z.string().nullable(),
  fullOnly: z.object({
    count: z.number(),
    lastAt: z.string().nullable(),
    /** Event type → count, e.g. { run: 2, edit_variable: 1 }. */
    types: z.record(z.string(), z.number()),
  }),
  /** Collaborator management done by this person (invite, remove, change a role). */
  managed: z.array(z.object({ at: z.string(), type: z.string(), targetEmail: z.string().nullable() })),
});
export type ActivitySummary = z.infer<typeof ActivitySummary>;

export function findPerson(
  activity: AppActivity,
  who: { userId: string | null; email: string },
): PersonActivity | null {
  const byId = who.userId ? activity.people[who.userId] : undefined;
  if (byId) return byId;
  const email = who.email.toLowerCase();
  const byKey = activity.people[personKey({ email }) ?? ''];
  return byKey ?? Object.values(activity.people).find((p) => p.email?.toLowerCase() === email) ?? null;
}

const iso = (ms: number | null) => (ms === null ? null : isoTime(ms));

export function summarise(
  activity: AppActivity,
  who: { userId: string | null; email: string },
  windowStart: number,
): ActivitySummary {
  const person = findPerson(activity, who);
  let actions = 0;
  let lastAt: number | null = null;
  let fullCount = 0;
  let fullLast: number | null = null;
  const types: Record<string, number> = {};
  const byType = person?.byType;
  if (byType)
    // for…in: Object.keys made an array per person; same keys, same order (a plain object).
    for (const type in byType) {
      const c = classOf(type);
      if (c === PLATFORM) continue; // records stored before these types were told apart
      // Times are kept newest first (app-activity.ts): count until the first one out of the window.
      const times = byType[type]!;
      let n = 0;
      while (n < times.length && times[n]! >= windowStart) n++;
      if (n === 0) continue;
      const newest = times[0]!;
      actions += n;
      lastAt = Math.max(lastAt ?? 0, newest);
      if (c === FULL_ONLY) {
        fullCount += n;
        fullLast = Math.max(fullLast ?? 0, newest);
        types[type] = n;
      }
    }
  const last = iso(lastAt);
  return {
    since: sinceOf(windowStart),
    asOf: activity.fetchedAt,
    complete: activity.coveredSince !== null && activity.coveredSince <= windowStart,
    actions,
    lastAt: last,
    // Often the same moment as the last action: the same text, written once.
    fullOnly: { count: fullCount, lastAt: fullLast === lastAt ? last : iso(fullLast), types },
    managed: managedOf(activity, who, windowStart),
  };
}

/** When an e-mail was last invited to the app, from the `new_collaborator` events kept. */
export function invitedAt(activity: AppActivity, email: string): string | null {
  const e = email.toLowerCase();
  const times = activity.collaboratorEvents
    .filter((c) => c.type === 'new_collaborator' && c.targetEmail?.toLowerCase() === e)
    .map((c) => c.at);
  return times.length > 0 ? new Date(Math.max(...times)).toISOString() : null;
}

const SCM_EVENT = /^(link|update|unlink)_scm$|^(link|unlink)_github$/;

/**
 * Who linked the app's repository, from the SCM events kept, newest first (docs/scalingo-api.md
 * §8): the `linker_username` they name, else whoever sent a `link_*` (an `update_scm` is sent by
 * whoever updated the link). Null after an unlink, or when no event says: the link may be older
 * than the events read. The SCM link endpoint, when read, wins over this (lib/scan/scan-scm.ts).
 */
export function scmLinker(
  activity: AppActivity,
): { key: string | null; email: string | null; username: string | null } | null {
  const scm = activity.collaboratorEvents.filter((c) => SCM_EVENT.test(c.type)).sort((a, b) => b.at - a.at);
  for (const e of scm) {
    if (e.type.startsWith('unlink_')) return null;
    if (e.linker) {
      const name = e.linker.toLowerCase();
      const key =
        Object.keys(activity.people).find((k) => activity.people[k]!.username?.toLowerCase() === name) ?? null;
      return { key, email: key ? (activity.people[key]!.email ?? null) : null, username: e.linker };
    }
    if (e.type !== 'update_scm' && e.actor)
      return {
        key: e.actor,
        email: activity.people[e.actor]?.email ?? null,
        username: activity.people[e.actor]?.username ?? null,
      };
  }
  return null;
}
