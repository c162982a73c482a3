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
/**
 * A record's management events in the window, by actor, for the record asked about last: its
 * people are summarised one after the other (lib/scan/scan-events.ts). Only the last one is
 * kept (a cache of every record held them all, and slowed the collector through the rules after).
 * Each actor's events are chained through `before` (the index of their previous one, or -1)
 * from `newest`: an entry object per event and a grown list per actor were most of what the
 * summaries left to the collector beside their own objects.
 */
type Index = { newest: Map<string, number>; before: Int32Array | null; byEmail: boolean };
let last: { activity: AppActivity; windowStart: number; index: Index } | null = null;
function managedBy(activity: AppActivity, windowStart: number): Index {
  if (last && last.activity === activity && last.windowStart === windowStart) return last.index;
  const newest = new Map<string, number>();
  let before: Int32Array | null = null;
  let byEmail = false;
  const events = activity.collaboratorEvents;
  for (let i = 0; i < events.length; i++) {
    const c = events[i]!;
    if (c.at < windowStart || c.actor === null || !MANAGEMENT_EVENTS.has(c.type)) continue;
    before ??= new Int32Array(events.length);
    before[i] = newest.get(c.actor) ?? -1;
    newest.set(c.actor, i);
    if (c.actor.startsWith(EMAIL_KEY)) byEmail = true;
  }
  last = { activity, windowStart, index: { newest, before, byEmail } };
  return last.index;
}

/** How personKey names someone known by e-mail only. */
const EMAIL_KEY = 'email:';

/** What `who` did to collaborators, in the record's order, whether the events named them by user id or by e-mail. */
export function managedOf(
  activity: AppActivity,
  who: { userId: string | null; email: string },
  windowStart: number,
): Managed[] {
  const { newest, before, byEmail: someByEmail } = managedBy(activity, windowStart);
  if (before === null) return [];
  // The e-mail's key (a lower-cased copy per person) only when some event names its actor that way.
  const byEmail = someByEmail ? personKey({ email: who.email }) : null;
  let byId = (who.userId ? newest.get(who.userId) : undefined) ?? -1;
  let byKey = (byEmail !== null && byEmail !== who.userId ? newest.get(byEmail) : undefined) ?? -1;
  let n = 0;
  for (let i = byId; i >= 0; i = before[i]!) n++;
  for (let i = byKey; i >= 0; i = before[i]!) n++;
  // Both chains, newest first, merged by place in the record (each event has one actor), written from the end.
  const out = new Array<Managed>(n);
  const events = activity.collaboratorEvents;
  while (n > 0) {
    const i = byId > byKey ? byId : byKey;
    if (i === byId) byId = before[i]!;
    else byKey = before[i]!;
    const c = events[i]!;
    out[--n] = { at: isoTime(c.at), type: c.type, targetEmail: c.targetEmail };
  }
  return out;
}
