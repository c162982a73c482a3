import type { App, Collaborator } from '../scalingo/schemas';
import type { Assignment, AssignmentStatus, SnapshotApp } from './snapshot';

// Turns Scalingo's objects into the snapshot's plain shapes.

export function sameEmail(a: string | undefined | null, b: string | undefined | null): boolean {
  return !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function toSnapshotApp(app: App, region: string, me: { id: string; email: string }): SnapshotApp {
  // Owner ids in Scalingo's docs mix ObjectId and `us-` forms, so the e-mail is a fallback.
  const ownedByMe = app.owner.id === me.id || sameEmail(app.owner.email, me.email);
  return {
    id: app.id,
    name: app.name,
    region: app.region ?? region,
    owner: { id: app.owner.id, email: app.owner.email ?? '', username: app.owner.username ?? '' },
    ownedByMe,
    hds: app.hds_resource === true,
    secnum: (app.region ?? region).includes('secnum'),
    parentAppName: app.parent_app_name || null,
    createdAt: app.created_at ?? null,
    activityAsOf: null,
    scmLinker: null,
  };
}

function statusOf(c: Collaborator): AssignmentStatus {
  if (c.status === 'accepted' || c.status === 'pending') return c.status;
  if (c.status === 'user account deleted') return 'deleted';
  return 'unknown';
}

export function ownerAssignment(app: SnapshotApp, myTfa: boolean | null, myId: string): Assignment {
  return {
    appId: app.id,
    region: app.region,
    collaboratorId: null,
    userId: app.owner.id,
    email: app.owner.email,
    username: app.owner.username || null,
    role: 'owner',
    status: 'owner',
    // Scalingo exposes no owner 2FA to collaborators; only my own is known.
    tfa: app.ownedByMe || app.owner.id === myId ? myTfa : null,
    ...NO_HISTORY,
  };
}

export function collaboratorAssignment(app: SnapshotApp, c: Collaborator): Assignment {
  const pending = c.status === 'pending';
  return {
    appId: app.id,
    region: app.region,
    collaboratorId: c.id,
    userId: c.user_id ?? null,
    email: c.email,
    username: pending || !c.username || c.username === 'n/a' ? null : c.username,
    role: c.is_limited ? 'limited' : 'collaborator',
    status: statusOf(c),
    tfa: pending ? null : (c.tfa_status ?? null),
    ...NO_HISTORY,
    ...(pending ? idTime(c.id) : {}),
  };
}

const NO_HISTORY = { invitedAt: null, invitedAtSource: null, activity: null } as const;

/**
 * Scalingo's collaborator ids look like MongoDB ObjectIds, whose first 4 bytes are the creation
 * time in seconds. Undocumented [I]: used only when no `new_collaborator` event dates an invitation.
 */
function idTime(id: string): Pick<Assignment, 'invitedAt' | 'invitedAtSource'> {
  if (!/^[0-9a-f]{24}$/i.test(id)) return { invitedAt: null, invitedAtSource: null };
  const seconds = parseInt(id.slice(0, 8), 16);
  const at = new Date(seconds * 1000);
  return at.getUTCFullYear() >= 2010
    ? { invitedAt: at.toISOString(), invitedAtSource: 'id' }
    : { invitedAt: null, invitedAtSource: null };
}
