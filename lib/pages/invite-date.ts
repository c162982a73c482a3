// An invitation's date as a collaborators page shows it (page-only mode, issue #21): an ISO date,
// with or without its time, in a `<time datetime>`, a title or a cell. The page is hostile: a date
// that is no real day (2026-02-31), outside 2010–2099 (year 0001, "+275760") or not ISO is refused,
// and the row stays, undated. A date after the reading is refused by the background
// (to-snapshot.ts), which knows when the page was read. Shared by the content script's reader and
// the background's schema (page-row.ts), so both refuse the same.

const FROM_YEAR = 2010;
/** An ISO date in free text: the day, then optionally its time and zone. Not inside a longer number. */
const ISO_IN_TEXT =
  /(?<![\d+-])(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?(?![\d])/;
/** What the reader sends and the background keeps: Date.toISOString's form, nothing else. */
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Whether y-m-d is a real day of a year the dashboard can show. */
function realDay(y: number, m: number, d: number): boolean {
  if (y < FROM_YEAR || y > 2099) return false;
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** The first valid ISO date in `text`, as an ISO instant (a day alone is its midnight UTC), or null. */
export function isoDateIn(text: string): string | null {
  const m = ISO_IN_TEXT.exec(text);
  if (!m) return null;
  const [whole, y, mo, d, hh, mm] = m;
  if (!realDay(Number(y), Number(mo), Number(d))) return null;
  if (hh !== undefined && (Number(hh) > 23 || Number(mm) > 59)) return null;
  // A time without a zone is read as UTC: the page does not say whose clock it is.
  const at = Date.parse(hh !== undefined && m[7] === undefined ? `${whole}Z` : whole);
  return Number.isFinite(at) ? new Date(at).toISOString() : null;
}

/** Whether `value` is a date the reader could have sent: canonical, a real day, 2010–2099. */
export function isInviteDate(value: string): boolean {
  return CANONICAL.test(value) && isoDateIn(value) === value;
}
