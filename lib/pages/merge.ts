import { isAccountCollaboratorsPage } from '../messages/sender';
import { carriedPeople, unexpiredRow } from './carry';
import {
  MAX_KEPT_ROWS,
  MAX_ROWS,
  PageApp,
  type LeftOut,
  type PageRow,
  type PageSnapshot,
  type StoredRow,
} from './reading';

// Folds one page reading into the page snapshot. An app's own page lists all its people: the app
// is replaced by what it shows. The account-wide page grouped by person lists only some (a few
// people and no owner): it updates the people it shows, per (app, e-mail), and everyone else an
// earlier reading showed stays, owners included (the app's domain comes from its owner), each
// value it does not show carried with its own reading time (carry.ts). Grouped by app, it lists
// each of its apps in full (`listed`): there, who it does not list is gone, but for the pending
// invitations and deleted accounts it does not show; values it does not show are still carried. Only the latest reading of
// an app counts: one older than the app's kept reading is passed over; at equal
// times the one handled last counts. Apps a page does not show keep their earlier reading. The
// region sticks once an app's own page told it, and so do its pending invitations (with their
// dates) and deleted accounts, which the account-wide page does not show.

export const EMPTY_PAGES: PageSnapshot = { version: 1, apps: [], leftOut: [] };

export interface Reading {
  url: string;
  /** The region of the app's page the reading came from; null on the account-wide page. */
  region: string | null;
  rows: PageRow[];
  /** Apps the page showed but the reading did not read in full (send-reading.ts: too many rows, a row dropped). */
  leftOut?: string[];
  /** Apps the account-wide page listed in full (grouped by app): who it does not list is gone from them. */
  listed?: string[];
  at: Date;
}

/** The next snapshot, and whether what it shows changed (a reading of the same rows only dates it anew). */
export function mergeReading(prev: PageSnapshot | null, reading: Reading): { next: PageSnapshot; changed: boolean } {
  const before = new Map((prev ?? EMPTY_PAGES).apps.map((a) => [a.name, a]));
  const wide = isAccountCollaboratorsPage(reading.url);
  const inFull = new Set(wide ? (reading.listed ?? []) : []);
  const current = new Set<string>();
  let changed = false;
  for (const [name, shown] of byApp(reading.rows)) {
    const old = before.get(name);
    // A reading handled after a later one of the same app (a queue, a clock set back) is older news.
    if (old && Date.parse(old.readAt) > reading.at.getTime()) continue;
    const rows = wide && old ? carriedPeople(shown, old.rows, old.readAt, inFull.has(name)) : shown;
    const region = reading.region ?? old?.region ?? null;
    if (!old || old.region !== region || !sameRows(old.rows, rows)) changed = true;
    const app = PageApp.safeParse({ name, region, readAt: reading.at.toISOString(), url: reading.url, rows });
    // An app that cannot be stored as read is dropped, never the whole record.
    if (app.success) {
      before.set(name, app.data);
      current.add(name);
    }
  }
  // Bounded: the apps read longest ago go first, never this reading's (it may share their time):
  // its apps rank above every ISO time.
  const rank = (a: PageApp) => (current.has(a.name) ? '~' : a.readAt);
  const newestFirst = (a: PageApp, b: PageApp) => (rank(a) < rank(b) ? 1 : rank(a) > rank(b) ? -1 : byName(a, b));
  const apps: PageApp[] = [];
  let kept = 0;
  for (const app of [...before.values()].sort(newestFirst).slice(0, MAX_ROWS)) {
    if (kept + app.rows.length > MAX_KEPT_ROWS) break;
    kept += app.rows.length;
    apps.push(app);
  }
  apps.sort(byName);
  const leftOut = leftOutAfter(prev?.leftOut ?? [], reading, current);
  if (JSON.stringify(leftOut.map((l) => l.app)) !== JSON.stringify((prev?.leftOut ?? []).map((l) => l.app)))
    changed = true;
  return { next: { version: 1, apps, leftOut }, changed };
}

/**
 * What the pages left out: an app stays named until a reading reads it in full (it is among the
 * apps read and not named again). Not by URL: both groupings of the account-wide page are stamped
 * with the same URL, and one must not clear what the other left out.
 */
function leftOutAfter(prev: LeftOut[], reading: Reading, read: Set<string>): LeftOut[] {
  const at = reading.at.toISOString();
  const now = (reading.leftOut ?? []).map((app) => ({ app, url: reading.url, at }));
  const others = prev.filter((l) => !read.has(l.app) && !now.some((n) => n.app === l.app));
  return [...others, ...now].sort((a, b) => (a.app < b.app ? -1 : a.app > b.app ? 1 : 0)).slice(0, MAX_ROWS);
}

const byName = (a: PageApp, b: PageApp) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Rows per app, one per e-mail (a person shown twice in a group is one person). */
function byApp(rows: PageRow[]): Map<string, PageRow[]> {
  const out = new Map<string, Map<string, PageRow>>();
  for (const row of rows) {
    const people = out.get(row.app) ?? new Map<string, PageRow>();
    if (!people.has(row.email)) people.set(row.email, row);
    out.set(row.app, people);
  }
  return new Map([...out].map(([app, people]) => [app, [...people.values()]]));
}

function sameRows(a: StoredRow[], b: StoredRow[]): boolean {
  const key = (rows: StoredRow[]) => JSON.stringify([...rows].sort((x, y) => (x.email < y.email ? -1 : 1)));
  return key(a) === key(b);
}

/**
 * Only what was read within the look-back window: older readings are forgotten (PRIVACY.md), and
 * so are the people and values an account-wide reading carried from them (carry.ts).
 */
export function freshPages(pages: PageSnapshot | null, lookBackDays: number, now: Date): PageSnapshot | null {
  if (!pages) return null;
  const since = now.getTime() - lookBackDays * 86_400_000;
  const recent = (at: string) => Date.parse(at) >= since;
  return {
    ...pages,
    apps: pages.apps
      .filter((a) => recent(a.readAt))
      .map((a) => ({ ...a, rows: a.rows.map((r) => unexpiredRow(r, recent)).filter((r) => r !== null) })),
    leftOut: pages.leftOut?.filter((l) => recent(l.at)),
  };
}
