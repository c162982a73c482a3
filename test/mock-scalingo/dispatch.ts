import { appRoutes } from './app-routes';
import { authRoutes } from './auth-routes';
import { collaboratorRoutes } from './collaborator-routes';
import type { MockState } from './dataset';
import { eventRoutes } from './event-routes';
import type { Identity } from './identity';
import { badJson, notFound, routeNotFound, unauthorized, type Reply } from './reply';
import { limitedRefusal, type LimitedReads } from './limited';
import { match, type Route } from './router';
import { scmRoutes } from './scm-routes';
import { tokenRoutes } from './token-routes';
import type { Variants } from './variants';

const ROUTES: Route[] = [
  ...authRoutes,
  ...appRoutes,
  ...collaboratorRoutes,
  ...eventRoutes,
  ...scmRoutes,
  ...tokenRoutes,
];

export interface Request {
  state: MockState;
  identity: Identity;
  method: string;
  target: URL;
  rawBody: string;
  regionApiUrl(region: string): string;
  issueBearer(userId: string, apiToken: string): string;
  /** What a Limited caller gets on an app's own resources (limited.ts); default 200. */
  limitedReads?: LimitedReads;
  variants: Variants;
}

/**
 * `/v1/...` is the auth service; `/regions/<name>/v1/...` is that region's API (the test
 * harness forwards https://api.<name>.scalingo.com there).
 */
function locate(
  state: MockState,
  pathname: string,
): { scope: 'auth' | 'region'; region: string | null; path: string } | Reply {
  const regional = /^\/regions\/([^/]+)(\/.*)?$/.exec(pathname);
  if (!regional) return { scope: 'auth', region: null, path: pathname };
  const region = decodeURIComponent(regional[1] ?? '');
  if (!state.regions.some((r) => r.name === region)) return notFound('region');
  return { scope: 'region', region, path: regional[2] ?? '/' };
}

/** Who is calling, per the route's auth mode; a Reply when the caller must be turned away. */
function authenticate(route: Route, identity: Identity): { userId: string | null } | Reply {
  if (route.auth === 'basic') return { userId: null }; // the exchange handler reads the Basic token itself
  if (identity.kind === 'bearer') return { userId: identity.userId };
  if (identity.kind === 'invalid') return unauthorized(identity.error);
  if (route.auth === 'optional') return { userId: null };
  return unauthorized('authentication required');
}

function parseBody(method: string, raw: string): { body: unknown } | Reply {
  if ((method !== 'POST' && method !== 'PATCH' && method !== 'PUT') || raw.trim() === '') return { body: undefined };
  try {
    return { body: JSON.parse(raw) as unknown };
  } catch (e) {
    return badJson((e as Error).message);
  }
}

const isReply = (v: object): v is Reply => 'status' in v;

export function dispatch(req: Request): Reply {
  const where = locate(req.state, req.target.pathname);
  if (isReply(where)) return where;
  const found = match(ROUTES, req.method, where.scope, where.path);
  if (!found) return routeNotFound();
  const auth = authenticate(found.route, req.identity);
  if (isReply(auth)) return auth;
  const refusal = limitedRefusal(req.state, req.limitedReads ?? 200, {
    method: req.method,
    region: where.region,
    path: where.path,
    userId: auth.userId,
  });
  if (refusal) return refusal;
  const parsed = parseBody(req.method, req.rawBody);
  if (isReply(parsed)) return parsed;
  return found.route.handler({
    state: req.state,
    identity: req.identity,
    userId: auth.userId,
    region: where.region,
    params: found.params,
    query: req.target.searchParams,
    body: parsed.body,
    regionApiUrl: req.regionApiUrl,
    issueBearer: req.issueBearer,
    variants: req.variants,
  });
}
