// The only calls this extension may make, as method + path. Anything else is refused
// before it leaves the worker, so a bug or a hostile message cannot reach another endpoint.
// Writes are limited to changing a collaborator's role, removing one, and inviting one.
// http.ts checks the path again once the URL is built, as it will leave (normalised).

const ID = '[A-Za-z0-9._-]+';
/**
 * Segments no id may be: dot segments are resolved away by URL parsing (`DELETE
 * /v1/apps/x/collaborators/..` would leave as `DELETE /v1/apps/x/`, the delete-app route), and
 * `GET /v1/apps/collaboration?token=` accepts an invitation.
 */
const RESERVED = new Set(['.', '..', 'collaboration']);

const RULES: ReadonlyArray<{ method: string; path: RegExp; write: boolean }> = [
  { method: 'POST', path: /^\/v1\/tokens\/exchange$/, write: false },
  { method: 'GET', path: /^\/v1\/users\/self$/, write: false },
  { method: 'GET', path: /^\/v1\/client\/tfa$/, write: false },
  { method: 'GET', path: /^\/v1\/tokens$/, write: false },
  { method: 'GET', path: /^\/v1\/regions$/, write: false },
  { method: 'GET', path: /^\/v1\/apps$/, write: false },
  { method: 'GET', path: /^\/v1\/collaborators$/, write: false },
  { method: 'GET', path: new RegExp(`^/v1/apps/${ID}/collaborators$`), write: false },
  { method: 'GET', path: new RegExp(`^/v1/apps/${ID}/events$`), write: false },
  { method: 'GET', path: new RegExp(`^/v1/apps/${ID}/scm_repo_link$`), write: false },
  { method: 'POST', path: new RegExp(`^/v1/apps/${ID}/collaborators$`), write: true },
  { method: 'PATCH', path: new RegExp(`^/v1/apps/${ID}/collaborators/${ID}$`), write: true },
  { method: 'DELETE', path: new RegExp(`^/v1/apps/${ID}/collaborators/${ID}$`), write: true },
];

export interface AllowedCall {
  write: boolean;
}

/** `path` is the API path after the service's base URL (e.g. `/v1/apps/x/events`). */
export function checkAllowed(method: string, path: string): AllowedCall | null {
  if (path.split('/').some((segment) => RESERVED.has(segment))) return null;
  const rule = RULES.find((r) => r.method === method && r.path.test(path));
  return rule ? { write: rule.write } : null;
}
