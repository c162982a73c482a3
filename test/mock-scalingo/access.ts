import { randomBytes } from 'node:crypto';
import type { AppEntry, Collaborator, MockState, ScalingoEvent, UserEntry } from './dataset';
import type { Variants } from './variants';

/** Who the caller is on one app, per Scalingo's roles (docs/scalingo-api.md §4.1). */
export type Role = 'owner' | 'collaborator' | 'limited' | null;

/**
 * Ownership is decided on `owner.id`. Real docs mix ObjectId and `us-` ids for owners;
 * a dataset must simply use the same id in `owner.id` and `users[].user.id`.
 */
export function roleOn(entry: AppEntry, userId: string): Role {
  if (entry.app.owner.id === userId) return 'owner';
  const c = entry.collaborators.find((x) => x.user_id === userId && x.status === 'accepted');
  if (!c) return null;
  return c.is_limited ? 'limited' : 'collaborator';
}

export const appsIn = (state: MockState, region: string): AppEntry[] => state.apps.filter((a) => a.region === region);

/** `GET /v1/apps` semantics: owned apps and apps where the caller is an accepted collaborator. */
export const visibleApps = (state: MockState, region: string, userId: string): AppEntry[] =>
  appsIn(state, region).filter((a) => roleOn(a, userId) !== null);

/** Finds an app by name or id, only among the apps the caller can see (strangers get a 404). */
export function findVisibleApp(
  state: MockState,
  region: string,
  userId: string,
  nameOrId: string,
): AppEntry | undefined {
  return visibleApps(state, region, userId).find((a) => a.app.id === nameOrId || a.app.name === nameOrId);
}

export const findUser = (state: MockState, userId: string): UserEntry | undefined =>
  state.users.find((u) => u.user.id === userId);

/** `{id, username, email}` as found in events' `user` and apps' `owner`. */
export function userRef(state: MockState, userId: string): { id: string; username: string; email: string } {
  const u = findUser(state, userId)?.user;
  return { id: userId, username: u?.username ?? 'unknown', email: u?.email ?? 'unknown@example.invalid' };
}

/** The app as served: the API adds `region` to app objects (docs/scalingo-api.md §2); `last_event` per its variant. */
export function serveApp(entry: AppEntry, v?: Pick<Variants, 'appLastEvent'>): Record<string, unknown> {
  const served: Record<string, unknown> = { ...entry.app, region: entry.region };
  if (v?.appLastEvent !== 'present') return served;
  const newest = entry.events.reduce<ScalingoEvent | null>(
    (n, e) => (!n || Date.parse(e.created_at) > Date.parse(n.created_at) ? e : n),
    null,
  );
  // Our guess at its shape; never `type_data` (variable values).
  served.last_event = newest && { id: newest.id, type: newest.type, created_at: newest.created_at };
  return served;
}

/**
 * The collaborator as served. `invitation_link` is "empty once accepted or user is limited"
 * per the docs; we read that as "hidden from limited callers" [I, unconfirmed].
 */
export function serveCollaborator(
  entry: AppEntry,
  c: Collaborator,
  callerRole: Role,
  v?: Pick<Variants, 'pendingUsername'>,
): Record<string, unknown> {
  const served: Record<string, unknown> = { ...c, app_id: entry.app.id, app_name: entry.app.name };
  if (v && c.status === 'pending') served.username = v.pendingUsername;
  if (callerRole === 'limited' && 'invitation_link' in served) served.invitation_link = '';
  return served;
}

/** A 24-hex id whose first 8 hex digits are the creation time, like a MongoDB ObjectId. */
export function newObjectId(nowMs = Date.now()): string {
  const seconds = Math.floor(nowMs / 1000)
    .toString(16)
    .padStart(8, '0');
  return seconds + randomBytes(8).toString('hex');
}

/** Adds an event, as the platform does after a collaborator change. */
export function recordEvent(
  state: MockState,
  entry: AppEntry,
  actorId: string,
  type: string,
  typeData: Record<string, unknown>,
): ScalingoEvent {
  const now = Date.now();
  const event: ScalingoEvent = {
    id: newObjectId(now),
    created_at: new Date(now).toISOString(),
    type,
    app_id: entry.app.id,
    app_name: entry.app.name,
    user: userRef(state, actorId),
    type_data: typeData,
  };
  entry.events.unshift(event);
  return event;
}
