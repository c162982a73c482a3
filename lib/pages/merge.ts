import { MAX_ROWS, type PageApp, type PageRow, type PageSnapshot } from './reading';

// Folds one page reading into the page snapshot: each app the page shows is replaced by what
// this reading shows of it (only the latest reading of an app counts); apps the page does not
// show keep their earlier reading. The region sticks once an app's own page told it.

export const EMPTY_PAGES: PageSnapshot = { version: 1, apps: [] };

export interface Reading {
  url: string;
  /** The region of the app's page the reading came from; null on the account-wide page. */
  region: string | null;
  rows: PageRow[];
  at: Date;
}

/** The next snapshot, and whether what it shows changed (a reading of the same rows only dates it anew). */
export function mergeReading(prev: PageSnapshot | null, reading: Reading): { next: PageSnapshot; changed: boolean } {
  const before = new Map((prev ?? EMPTY_PAGES).apps.map((a) => [a.name, a]));
  let changed = false;
  for (const [name, rows] of byApp(reading.rows)) {
    const old = before.get(name);
    const region = reading.region ?? old?.region ?? null;
    if (!old || old.region !== region || !sameRows(old.rows, rows)) changed = true;
    before.set(name, { name, region, readAt: reading.at.toISOString(), url: reading.url, rows });
  }
  // Bounded: the apps read longest ago go first.
  const apps = [...before.values()].sort((a, b) => (a.readAt < b.readAt ? 1 : -1)).slice(0, MAX_ROWS);
  apps.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { next: { version: 1, apps }, changed };
}

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

function sameRows(a: PageRow[], b: PageRow[]): boolean {
  const key = (rows: PageRow[]) => JSON.stringify([...rows].sort((x, y) => (x.email < y.email ? -1 : 1)));
  return key(a) === key(b);
}

export type { PageApp };
