import { findVisibleApp, serveApp, visibleApps } from './access';
import { notFound, ok, type Reply } from './reply';
import { route, type Context, type Route } from './router';

/** Regional apps endpoints, docs/scalingo-api.md §3.1. */

/** Owned apps and apps where the caller is an accepted collaborator; not paginated (§3.1). */
function list(ctx: Context): Reply {
  const apps = visibleApps(ctx.state, ctx.region ?? '', ctx.userId ?? '').map((e) => serveApp(e, ctx.variants));
  return ok({ apps });
}

/** By name or id; an app the caller cannot see is "not found", never "forbidden". */
function show(ctx: Context): Reply {
  const entry = findVisibleApp(ctx.state, ctx.region ?? '', ctx.userId ?? '', ctx.params.app ?? '');
  return entry ? ok({ app: serveApp(entry, ctx.variants) }) : notFound('app');
}

export const appRoutes: Route[] = [
  route('GET', 'region', '/v1/apps', list),
  route('GET', 'region', '/v1/apps/:app', show),
];
