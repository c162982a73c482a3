import { findUser } from './access';
import { ok, notFound, unauthorized, type Reply } from './reply';
import { route, type Context, type Route } from './router';
import { markTokenUsed } from './token-routes';

/** The global auth service (auth.scalingo.com), docs/scalingo-api.md §1 and §2. */

function exchange(ctx: Context): Reply {
  const id = ctx.identity;
  if (id.kind !== 'basic') {
    return unauthorized('authentication required: use HTTP Basic with an empty user and your API token as password');
  }
  // The exact 401 text for a bad API token is undocumented (§6 gap 1) [unconfirmed].
  if (id.userId === null) return unauthorized('invalid API token');
  markTokenUsed(ctx.state, id.apiToken);
  return ok({ token: ctx.issueBearer(id.userId, id.apiToken) });
}

/** Answered by the auth service (what the official clients call) and by regional APIs. */
function self(ctx: Context): Reply {
  const user = findUser(ctx.state, ctx.userId ?? '');
  return user ? ok({ user: user.user }) : notFound('user');
}

/** Own 2FA status: seen in scalingo.js only, not in the REST docs [K]. */
function tfa(ctx: Context): Reply {
  const user = findUser(ctx.state, ctx.userId ?? '');
  return user ? ok({ tfa: user.tfa }) : notFound('user');
}

/**
 * Anonymous callers do not see restricted regions (osc-secnum-fr1), per a comment in
 * Scalingo's CLI [K]. `api` is rewritten so clients come back to this mock.
 */
function regions(ctx: Context): Reply {
  const list = ctx.state.regions
    .filter((r) => ctx.userId !== null || !r.restricted)
    .map((r) => {
      const region: Record<string, unknown> = { ...r, api: ctx.regionApiUrl(r.name) };
      delete region.restricted; // the mock's own metadata, not part of the API object
      return region;
    });
  return ok({ regions: list });
}

export const authRoutes: Route[] = [
  route('POST', 'auth', '/v1/tokens/exchange', exchange, 'basic'),
  route('GET', 'both', '/v1/users/self', self),
  route('GET', 'auth', '/v1/client/tfa', tfa),
  route('GET', 'auth', '/v1/regions', regions, 'optional'),
];
