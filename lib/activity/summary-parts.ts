import { isPlatformType } from './actor';
import { personKey, type AppActivity } from './app-activity';
import { isoTime } from './iso-time';
import { MANAGEMENT_EVENTS, permissionNeed } from './permissions';

// What lib/activity/summary.ts needs, worked out once rather than per person: summaries are
// asked for person by person (10k on a large account). Event types classified once each (three
// regular expressions per type and per person were a third of the time), the window's start
// written once, and a record's management events grouped by who did them in one pass.
export const PLATFORM = 0;
export const FULL_ONLY = 1;
const OTHER = 2;
const classes = new Map<string, number>();
export function classOf(type: string): number {
  let c = classes.get(type);
  if (c === undefined) {
    c = isPlatformType(type) ? PLATFORM : permissionNeed(type) === 'full-only' ? FULL_ONLY : OTHER;
    // Types come from the API: keep the memo bounded whatever it sends.
    if (classes.size > 2000) classes.clear();
    classes.set(type, c);
  }
  return c;
}

let sinceCache = { ms: NaN, iso: '' };
export function sinceOf(windowStart: number): string {
  if (sinceCache.ms !== windowStart) sinceCache = { ms: windowStart, iso: isoTime(windowStart) };
  return sinceCache.iso;
}

type Managed = { at: string; type: string; targetEmail: string | null };
/** A management event in the window, with its place in the record (a person may be named by id and by e-mail). */
type Entry = { i: number; at: string; type: string; targetEmail: string | null };
/**
 * A record's management events in the window, by actor, for the record asked about last: its
 * people are summarised one after the other (lib/scan/scan-events.ts). Only the last one is
 * kept (a cache of every record held them all, and slowed the collector through the rules after).
 */
let last: { activity: AppActivity; windowStart: number; byActor: Map<string, Entry[]>; byEmail: boolean } | null = null;
function managedBy(activity: AppActivity, windowStart: number): { byActor: Map<string, Entry[]>; byEmail: boolean } {
  if (last && last.activity === activity && last.windowStart === windowStart) return last;
  const byActor = new Map<string, Entry[]>();
  let byEmail = false;
  const events = activity.collaboratorEvents;
  for (let i = 0; i < events.length; i++) {
    const c = events[i]!;
    if (c.at < windowStart || c.actor === null || !MANAGEMENT_EVENTS.has(c.type)) continue;
    const entry = { i, at: isoTime(c.at), type: c.type, targetEmail: c.targetEmail };
    const list = byActor.get(c.actor);
    if (list) list.push(entry);
    else byActor.set(c.actor, [entry]);
    if (c.actor.startsWith(EMAIL_KEY)) byEmail = true;
  }
  last = { activity, windowStart, byActor, byEmail };
  return last;
}

/** How personKey names someone known by e-mail only. */
const EMAIL_KEY = 'email:';
const managed = (e: Entry): Managed => ({ at: e.at, type: e.type, targetEmail: e.targetEmail });

/** What `who` did to collaborators, in the record's order, whether the events named them by user id or by e-mail. */
export function managedOf(activity: AppActivity, who: { userId: string | null; email: string }, windowStart: number) {
  const { byActor, byEmail: someByEmail } = managedBy(activity, windowStart);
  if (byActor.size === 0) return [];
  const byId = who.userId ? byActor.get(who.userId) : undefined;
  // The e-mail's key (a lower-cased copy per person) only when some event names its actor that way.
  const byEmail = someByEmail ? personKey({ email: who.email }) : null;
  const byKey = byEmail !== null && byEmail !== who.userId ? byActor.get(byEmail) : undefined;
  if (!byKey) return byId ? byId.map(managed) : [];
  if (!byId) return byKey.map(managed);
  return [...byId, ...byKey].sort((x, y) => x.i - y.i).map(managed);
}
