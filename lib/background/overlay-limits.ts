import { z } from 'zod';

// How much the dashboard's content script can make the background do. The page's own scripts
// share its DOM and can fake what it shows, so its requests are budgeted globally, whatever app
// names they carry: a hostile page cannot open tabs in a loop or turn refreshes into a flood of
// scans, and made-up names cannot grow the memory kept about them. The budgets are plain data,
// kept in storage.session by overlay-budget-store.ts so that a restart of the background (an MV3
// worker stops after 30 s idle) does not hand out a fresh budget.

/** A page may ask for a refresh of the same app at most this often… */
export const REFRESH_EVERY_MS = 5 * 60_000;
/** …and for at most this many refreshes (any apps) in that time. */
export const REFRESHES_PER_WINDOW = 2;
/** The review page opens from the dashboard at most this many times a minute. */
export const OPENS_PER_MINUTE = 3;
/** At most this many apps remembered as refreshed (more than an account's apps, far fewer than a flood's names). */
export const MAX_REMEMBERED_APPS = 500;
const OPEN_WINDOW_MS = 60_000;

/** When each budget was last spent; apps by a hash of `region/app`, never by name. */
export const Budgets = z.object({
  refreshes: z.array(z.number()).max(REFRESHES_PER_WINDOW).catch([]),
  opens: z.array(z.number()).max(OPENS_PER_MINUTE).catch([]),
  apps: z
    .record(z.string().max(64), z.number())
    .refine((r) => Object.keys(r).length <= MAX_REMEMBERED_APPS)
    .catch({}),
});
export type Budgets = z.infer<typeof Budgets>;

export const NO_BUDGET_SPENT: Budgets = { refreshes: [], opens: [], apps: {} };

/** Stored budgets, or none spent when they cannot be read as such. */
export const budgetsOf = (raw: unknown): Budgets => Budgets.safeParse(raw).data ?? NO_BUDGET_SPENT;

/** The times still inside `windowMs` plus `now`, or null when `count` are already there. */
export function takeFromWindow(times: number[], count: number, windowMs: number, now: number): number[] | null {
  const kept = times.filter((t) => now - t < windowMs);
  return kept.length >= count ? null : [...kept, now];
}

/** The budgets after opening the review now, or null when it is refused. */
export function takeOpen(b: Budgets, now: number): Budgets | null {
  const opens = takeFromWindow(b.opens, OPENS_PER_MINUTE, OPEN_WINDOW_MS, now);
  return opens && { ...b, opens };
}

/** The budgets after a refresh of `appKey` now, or null when it is refused (that app, or all, too recently). */
export function takeRefresh(b: Budgets, appKey: string, now: number): Budgets | null {
  const apps = Object.fromEntries(Object.entries(b.apps).filter(([, t]) => now - t < REFRESH_EVERY_MS));
  if (appKey in apps || Object.keys(apps).length >= MAX_REMEMBERED_APPS) return null;
  const refreshes = takeFromWindow(b.refreshes, REFRESHES_PER_WINDOW, REFRESH_EVERY_MS, now);
  return refreshes && { ...b, refreshes, apps: { ...apps, [appKey]: now } };
}
