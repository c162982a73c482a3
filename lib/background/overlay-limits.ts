// How much the dashboard's content script can make the background do. The page's own scripts
// share its DOM and can fake what it shows, so its requests are budgeted globally, whatever app
// names they carry: a hostile page cannot open tabs in a loop or turn refreshes into a flood of
// scans, and made-up names cannot grow the memory kept about them.

/** A page may ask for a refresh of the same app at most this often… */
export const REFRESH_EVERY_MS = 5 * 60_000;
/** …and for at most this many refreshes (any apps) in that time. */
export const REFRESHES_PER_WINDOW = 2;
/** The review page opens from the dashboard at most this many times a minute. */
export const OPENS_PER_MINUTE = 3;
/** At most this many apps remembered as refreshed (more than an account's apps, far fewer than a flood's names). */
export const MAX_REMEMBERED_APPS = 500;

/** At most `count` takes in any `windowMs`. */
export function windowBudget(count: number, windowMs: number) {
  let times: number[] = [];
  return {
    take(now: number): boolean {
      times = times.filter((t) => now - t < windowMs);
      if (times.length >= count) return false;
      times.push(now);
      return true;
    },
  };
}

/** One take per key every `everyMs`; keys older than that are forgotten, and at most `max` kept. */
export function perKeyBudget(everyMs: number, max: number) {
  const last = new Map<string, number>();
  return {
    /** True when `key` may go now; `commit` records it (kept apart so a global refusal costs nothing). */
    allows(key: string, now: number): boolean {
      for (const [k, t] of last) if (now - t >= everyMs) last.delete(k);
      return !last.has(key) && last.size < max;
    },
    commit(key: string, now: number): void {
      last.set(key, now);
    },
    size: () => last.size,
  };
}
