import { z } from 'zod';
import type { Event } from '../scalingo/schemas';
import { isPersonAction } from './actor';
import { ACCESS_EVENTS } from './permissions';

// What the scan keeps of one app's events: per person, when they did each type of action,
// within the look-back window; and the collaborator-management events with their target.
// Never the events' `type_data` otherwise (variable events carry secret values, §3.5).
// Stored between scans so that a rescan only fetches what is newer than `newestAt`.

export const CollaboratorEvent = z.object({
  at: z.number(),
  type: z.string(),
  actor: z.string().nullable(), // person key of who did it
  targetEmail: z.string().nullable(),
  isLimited: z.boolean().nullable(),
  /** SCM events: `type_data.linker_username`, who linked the repository (not always who sent the event). */
  linker: z.string().nullable().optional(),
});
export type CollaboratorEvent = z.infer<typeof CollaboratorEvent>;

export const PersonActivity = z.object({
  email: z.string().nullable(),
  username: z.string().nullable(),
  /** Event type → times (ms), newest first. */
  byType: z.record(z.string(), z.array(z.number())),
});
export type PersonActivity = z.infer<typeof PersonActivity>;

/**
 * How events were read into a record. Records folded by an older reading (before add-on and
 * platform events were told apart from people's, docs/scalingo-api.md §8) are dropped on read
 * and fetched again: they would keep counting an add-on's variable as a person's full access.
 */
export const FOLD_VERSION = 2;

export const AppActivity = z.object({
  foldedBy: z.number().optional(),
  appId: z.string(),
  region: z.string(),
  fetchedAt: z.string(),
  newestEventId: z.string().nullable(),
  newestAt: z.number().nullable(),
  /** From when the history is complete: the window's start, or the oldest event Scalingo still had. */
  coveredSince: z.number().nullable(),
  /** Collaborators (id, role, status) when the events were fetched: a change triggers a refresh. */
  collaboratorsKey: z.string(),
  people: z.record(z.string(), PersonActivity),
  collaboratorEvents: z.array(CollaboratorEvent),
});
export type AppActivity = z.infer<typeof AppActivity>;

/** A person is the user id when the event has one, else the e-mail. */
export const personKey = (u: { id?: string | null; email?: string | null }): string | null =>
  u.id || (u.email ? `email:${u.email.toLowerCase()}` : null);

function targetOf(e: Event): { email: string | null; isLimited: boolean | null } {
  const c = (e.type_data as { collaborator?: { email?: unknown; is_limited?: unknown } } | null | undefined)
    ?.collaborator;
  return {
    email: typeof c?.email === 'string' ? c.email : null,
    isLimited: asBoolean(c?.is_limited),
  };
}

// `is_limited` is typed "string" in the events docs and a boolean in their examples (§8): both.
const asBoolean = (v: unknown): boolean | null =>
  typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : null;

/** Adds events (any order, possibly overlapping `base`) and drops what fell out of the window. */
export function foldEvents(base: AppActivity, events: Event[], windowStart: number): AppActivity {
  const people: Record<string, PersonActivity> = structuredClone(base.people);
  const collaboratorEvents = [...base.collaboratorEvents];
  let { newestAt, newestEventId } = base;
  for (const e of events) {
    const at = Date.parse(e.created_at);
    if (newestAt === null || at > newestAt) [newestAt, newestEventId] = [at, e.id];
    if (at < windowStart) continue;
    const key = e.user && isPersonAction(e) ? personKey(e.user) : null;
    if (key) {
      const person = (people[key] ??= { email: e.user?.email ?? null, username: e.user?.username ?? null, byType: {} });
      (person.byType[e.type] ??= []).push(at);
    }
    if (ACCESS_EVENTS.has(e.type)) {
      const t = targetOf(e);
      const linker = (e.type_data as { linker_username?: unknown } | null | undefined)?.linker_username;
      collaboratorEvents.push({
        at,
        type: e.type,
        actor: key,
        targetEmail: t.email,
        isLimited: t.isLimited,
        linker: typeof linker === 'string' && linker ? linker : null,
      });
    }
  }
  return {
    ...base,
    newestAt,
    newestEventId,
    people: prune(people, windowStart),
    collaboratorEvents: collaboratorEvents.filter((c) => c.at >= windowStart),
  };
}

function prune(people: Record<string, PersonActivity>, windowStart: number): Record<string, PersonActivity> {
  const kept: Record<string, PersonActivity> = {};
  for (const [key, p] of Object.entries(people)) {
    const byType: Record<string, number[]> = {};
    for (const [type, times] of Object.entries(p.byType)) {
      const recent = [...new Set(times.filter((t) => t >= windowStart))].sort((a, b) => b - a);
      if (recent.length > 0) byType[type] = recent;
    }
    if (Object.keys(byType).length > 0) kept[key] = { ...p, byType };
  }
  return kept;
}

/** Stored event records, one by one: a damaged record is dropped (and fetched again), not the others. */
export function parseActivityRecords(value: unknown): Record<string, AppActivity> {
  const kept: Record<string, AppActivity> = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return kept;
  for (const [key, raw] of Object.entries(value)) {
    const parsed = AppActivity.safeParse(raw);
    if (parsed.success && parsed.data.foldedBy === FOLD_VERSION) kept[key] = parsed.data;
  }
  return kept;
}
