import { findVisibleApp, roleOn, visibleApps, type Role } from './access';
import type { AppEntry, ScalingoEvent } from './dataset';
import { notFound, ok, type Reply } from './reply';
import { route, type Context, type Route } from './router';
import { defaultVariants, type Variants } from './variants';

/** Timelines, docs/scalingo-api.md §3.5, paginated as in §3.6. */

export const DEFAULT_PER_PAGE = 30; // the CLI's default
/** Scalingo's maximum is undocumented (§6 gap 5): 100 unless the `maxPerPage` variant says otherwise [unconfirmed]. */
export const MAX_PER_PAGE = 100;

function positiveInt(raw: string | null, fallback: number): number {
  const n = raw === null ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

type PageVariants = Pick<Variants, 'maxPerPage' | 'lastPageNext'>;

export function paginate<T>(items: T[], query: URLSearchParams, v: PageVariants = defaultVariants()) {
  const perPage = Math.min(positiveInt(query.get('per_page'), DEFAULT_PER_PAGE), v.maxPerPage);
  const page = positiveInt(query.get('page'), 1);
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  const pagination = {
    prev_page: page > 1 ? page - 1 : null,
    current_page: page,
    // go-utils' paginator names the last page as its own next (the `lastPageNext` variant).
    next_page: page < totalPages ? page + 1 : v.lastPageNext === 'total-pages' ? totalPages : null,
    total_pages: totalPages,
    total_count: items.length,
  };
  return { items: items.slice((page - 1) * perPage, page * perPage), meta: { pagination } };
}

/** Newest first, or oldest first under the `eventOrder` variant. */
const ordered = (events: ScalingoEvent[], v: Variants) => {
  const sign = v.eventOrder === 'oldest-first' ? -1 : 1;
  return [...events].sort((a, b) => sign * (Date.parse(b.created_at) - Date.parse(a.created_at)));
};

/** Limited Collaborators see activity but not env-var values (§4.2); how they are hidden is our guess [I]. */
function redactValues(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(redactValues);
  if (data === null || typeof data !== 'object') return data;
  return Object.fromEntries(
    Object.entries(data).map(([k, v]) => [k, k === 'value' || k === 'old_value' ? '[hidden]' : redactValues(v)]),
  );
}

function serveEvent(entry: AppEntry, e: ScalingoEvent, role: Role, v: Variants): ScalingoEvent {
  // Events keep the app name of their time (§3.5): only fill the fields a dataset left out.
  const served: ScalingoEvent = { ...e };
  // No person behind it: the field left out, or null (variant `eventNoUser`).
  if (!e.user) {
    delete served.user;
    if (v.eventNoUser === 'null') served.user = null;
  }
  served.app_id ??= entry.app.id;
  served.app_name ??= entry.app.name;
  if (role === 'limited' && e.type.includes('variable') && 'type_data' in e)
    served.type_data = redactValues(e.type_data);
  return served;
}

/** `from` = the last N hours (1..72) and overrides pagination (§3.5). */
function pageOrWindow(events: ScalingoEvent[], query: URLSearchParams, v: Variants) {
  const hours = Number(query.get('from'));
  if (v.eventsFrom === 'ignored' || !query.has('from') || !Number.isInteger(hours) || hours < 1 || hours > 72)
    return paginate(events, query, v);
  const since = Date.now() - hours * 3_600_000;
  const recent = events.filter((e) => Date.parse(e.created_at) >= since);
  const pagination = { prev_page: null, current_page: 1, next_page: null, total_pages: 1, total_count: recent.length };
  return { items: recent, meta: { pagination } };
}

function appEvents(ctx: Context): Reply {
  const userId = ctx.userId ?? '';
  const entry = findVisibleApp(ctx.state, ctx.region ?? '', userId, ctx.params.app ?? '');
  if (!entry) return notFound('app');
  const role = roleOn(entry, userId);
  const { items, meta } = pageOrWindow(ordered(entry.events, ctx.variants), ctx.query, ctx.variants);
  return ok({ events: items.map((e) => serveEvent(entry, e, role, ctx.variants)), meta });
}

/** The caller's own timeline in this region: what they did on the apps they can see. */
function userEvents(ctx: Context): Reply {
  const userId = ctx.userId ?? '';
  const mine = visibleApps(ctx.state, ctx.region ?? '', userId).flatMap((entry) =>
    entry.events
      .filter((e) => e.user?.id === userId)
      .map((e) => serveEvent(entry, e, roleOn(entry, userId), ctx.variants)),
  );
  const { items, meta } = paginate(ordered(mine, ctx.variants), ctx.query, ctx.variants);
  return ok({ events: items, meta });
}

export const eventRoutes: Route[] = [
  route('GET', 'region', '/v1/apps/:app/events', appEvents),
  route('GET', 'region', '/v1/events', userEvents),
];
