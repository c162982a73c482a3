import { randomBytes } from 'node:crypto';
import { appsIn, findVisibleApp, newObjectId, recordEvent, roleOn, serveCollaborator, type Role } from './access';
import type { AppEntry, Collaborator } from './dataset';
import { forbidden, noContent, notFound, ok, routeNotFound, unprocessable, type Reply } from './reply';
import { route, type Context, type Route } from './router';

/** Regional collaborators endpoints, docs/scalingo-api.md §3.2 and the permission matrix §4.2. */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function appOf(ctx: Context): { entry: AppEntry; role: Role; userId: string } | Reply {
  const userId = ctx.userId ?? '';
  const entry = findVisibleApp(ctx.state, ctx.region ?? '', userId, ctx.params.app ?? '');
  return entry ? { entry, role: roleOn(entry, userId), userId } : notFound('app');
}

/**
 * Only the owner and full Collaborators manage collaborators. Whether a Limited Collaborator
 * gets 401 or 403 is undocumented (§3.9); we answer 403 `{error, code}` like go-scalingo's
 * ForbiddenError [unconfirmed].
 */
function managerOf(ctx: Context) {
  const found = appOf(ctx);
  if ('status' in found) return found;
  if (found.role !== 'owner' && found.role !== 'collaborator') {
    return forbidden('You are not allowed to manage the collaborators of this app: Limited Collaborators cannot.');
  }
  return found;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const collaboratorPayload = (body: unknown) =>
  isObject(body) && isObject(body.collaborator) ? body.collaborator : null;

function list(ctx: Context): Reply {
  const found = appOf(ctx);
  if ('status' in found) return found;
  const { entry, role } = found;
  return ok({ collaborators: entry.collaborators.map((c) => serveCollaborator(entry, c, role, ctx.variants)) });
}

/** Every collaborator of every app the caller OWNS in this region (documented 2024-11). */
function all(ctx: Context): Reply {
  if (ctx.variants.ownedCollaborators === 'missing') return routeNotFound();
  const owned = appsIn(ctx.state, ctx.region ?? '').filter((a) => roleOn(a, ctx.userId ?? '') === 'owner');
  return ok({
    collaborators: owned.flatMap((a) => a.collaborators.map((c) => serveCollaborator(a, c, 'owner', ctx.variants))),
  });
}

/**
 * Invite. The docs show `{"collaborator":[{…}]}` but every official client decodes an object,
 * so we answer the object form. The 422 messages are our own wording [unconfirmed].
 */
function invite(ctx: Context): Reply {
  const found = managerOf(ctx);
  if ('status' in found) return found;
  const { entry, userId } = found;
  const payload = collaboratorPayload(ctx.body);
  const email = typeof payload?.email === 'string' ? payload.email.trim() : '';
  if (email === '') return unprocessable({ email: ["can't be blank"] });
  if (!EMAIL.test(email)) return unprocessable({ email: ['is invalid'] });
  const isLimited = payload?.is_limited ?? true; // API default: Limited (§3.2)
  if (typeof isLimited !== 'boolean') return unprocessable({ is_limited: ['must be true or false'] });
  const lower = email.toLowerCase();
  if (entry.app.owner.email.toLowerCase() === lower) return unprocessable({ email: ['is the owner of the app'] });
  if (entry.collaborators.some((c) => c.email.toLowerCase() === lower)) {
    return unprocessable({ email: ['is already a collaborator of this app'] });
  }
  const collaborator: Collaborator = {
    id: newObjectId(),
    email,
    user_id: null,
    username: 'n/a',
    tfa_status: null,
    status: 'pending',
    is_limited: isLimited,
    invitation_link: `https://my.scalingo.com/apps/collaboration?token=${randomBytes(16).toString('hex')}`,
    app_id: entry.app.id,
    app_name: entry.app.name,
  };
  entry.collaborators.push(collaborator);
  recordEvent(ctx.state, entry, userId, 'new_collaborator', { collaborator: { email, is_limited: isLimited } });
  return ok({ collaborator: serveCollaborator(entry, collaborator, found.role) }, 201);
}

function target(ctx: Context, entry: AppEntry): Collaborator | undefined {
  return entry.collaborators.find((c) => c.id === ctx.params.id);
}

/** Only `is_limited` may change; the SCM linker's role cannot change at all (§3.2). */
function update(ctx: Context): Reply {
  const found = managerOf(ctx);
  if ('status' in found) return found;
  const { entry, userId } = found;
  const c = target(ctx, entry);
  if (!c) return notFound('collaborator');
  const payload = collaboratorPayload(ctx.body);
  if (!payload) return unprocessable({ is_limited: ["can't be blank"] });
  const others = Object.keys(payload).filter((k) => k !== 'is_limited');
  if (others.length > 0) return unprocessable(Object.fromEntries(others.map((k) => [k, ['cannot be changed']])));
  if (typeof payload.is_limited !== 'boolean') return unprocessable({ is_limited: ['must be true or false'] });
  // Status and body for the SCM linker are undocumented: our choice [unconfirmed].
  if (c.user_id !== null && c.user_id === entry.scm_linker_user_id) {
    return unprocessable({ is_limited: ['cannot be changed for the user who linked the SCM integration'] });
  }
  c.is_limited = payload.is_limited;
  recordEvent(ctx.state, entry, userId, 'change_collaborator_role', {
    collaborator: { id: c.id, email: c.email, username: c.username, is_limited: c.is_limited },
  });
  return ok({ collaborator: serveCollaborator(entry, c, found.role) });
}

/** Works for pending invitations too (the CLI uses it to revoke them). */
function remove(ctx: Context): Reply {
  const found = managerOf(ctx);
  if ('status' in found) return found;
  const { entry, userId } = found;
  const c = target(ctx, entry);
  if (!c) return notFound('collaborator');
  entry.collaborators.splice(entry.collaborators.indexOf(c), 1);
  recordEvent(ctx.state, entry, userId, 'delete_collaborator', {
    collaborator: { id: c.id, username: c.username, email: c.email },
  });
  return noContent();
}

export const collaboratorRoutes: Route[] = [
  route('GET', 'region', '/v1/collaborators', all),
  route('GET', 'region', '/v1/apps/:app/collaborators', list),
  route('POST', 'region', '/v1/apps/:app/collaborators', invite),
  route('PATCH', 'region', '/v1/apps/:app/collaborators/:id', update),
  route('DELETE', 'region', '/v1/apps/:app/collaborators/:id', remove),
];
