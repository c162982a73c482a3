import { APP_NAME, PageRow } from '../pages/page-row';
import { observeChanges } from './observe';
import type { DashboardPage } from './page';
import { readPage } from './read-page';

// Page-only mode, the content script's side: sends what the collaborators page on screen shows
// (lib/overlay-page/read-page.ts) to the background, then again, once the page is idle, whenever
// it re-renders into something else, until `signal` aborts. Only when the background says page-only
// mode applies (the user chose it, no token): otherwise the page is not read, nothing is posted. Each row is checked here as the background will check
// it: a row it would refuse (an odd or hostile page) is left out, not the whole reading. Past the
// row limit, an app whose rows do not all fit is left out whole and named (never sent partial, as
// if complete). An app the page showed but did not read in full (no person read, a row dropped, a
// row naming no role) is named too (partlyRead). A reading the background refused (askAboutPage answers null) or that failed is
// not remembered as sent: the same page is sent again at its next re-render. Never throws into the page.

/** At most this many rows sent (the background refuses more). */
const MAX_SENT = 2000;

export function sendPageReadings(
  doc: Document,
  page: DashboardPage,
  /** Resolves null when the background refused the reading. */
  send: (rows: PageRow[], leftOut: string[], listed: string[]) => Promise<unknown>,
  signal: AbortSignal,
  /** Whether page-only mode is on, asked once per page: when off, the page is not read at all. */
  pageOnly: () => Promise<boolean>,
): void {
  if (page.kind === 'other' || (page.kind === 'app' && !page.collaborators)) return;
  void pageOnly().then(
    (on) => on && !signal.aborted && watchAndSend(doc, page, send, signal),
    () => undefined, // no answer (the extension reloaded): nothing read
  );
}

function watchAndSend(
  doc: Document,
  page: DashboardPage,
  send: (rows: PageRow[], leftOut: string[], listed: string[]) => Promise<unknown>,
  signal: AbortSignal,
): void {
  let last = '';
  const read = () => {
    if (signal.aborted) return;
    try {
      const grouped = new Set<string>();
      const shown = readPage(doc.body, page, grouped);
      const good = wellFormed(shown);
      const cut = whole(good);
      const rows = cut.rows;
      const leftOut = [...new Set([...cut.leftOut, ...partlyRead(page, shown, good)])].sort();
      // Listed in full: an app of the page grouped by app, every row of it read and sent.
      const listed = [...grouped].filter((a) => !leftOut.includes(a) && APP_NAME.test(a)).sort();
      const key = JSON.stringify([rows, leftOut, listed]);
      if ((rows.length === 0 && leftOut.length === 0) || key === last) return;
      last = key;
      const forget = () => {
        if (last === key) last = '';
      };
      void send(rows, leftOut, listed).then((r) => r === null && forget(), forget);
    } catch {
      // A page of a new shape is just not read; the dashboard itself must keep working.
    }
  };
  read();
  // A re-render is read when the page is idle: background work, it must not delay the frame that
  // shows the page's rows and their chips (a 300-row page costs a whole frame to read).
  let queued = false;
  const idle = doc.defaultView?.requestIdleCallback?.bind(doc.defaultView);
  const later = () => {
    if (queued) return;
    queued = true;
    const run = () => {
      queued = false;
      read();
    };
    if (idle) idle(run, { timeout: 1000 });
    else setTimeout(run);
  };
  observeChanges(doc.body, later, signal);
}

/**
 * The apps the page showed but did not read in full: an app's page where no person was read, or
 * an app a row was dropped from (one the background would refuse) or whose row names no role.
 * Their rows read are still sent; the name tells the views the app was not read in full.
 */
export function partlyRead(page: DashboardPage, shown: PageRow[], good: PageRow[]): string[] {
  const apps = new Set(shown.map((r) => r.app));
  if (page.kind === 'app') apps.add(page.app);
  const count = (rows: PageRow[], app: string) => rows.filter((r) => r.app === app).length;
  const unread = [...apps].filter(
    (app) =>
      count(good, app) === 0 ||
      count(good, app) < count(shown, app) ||
      good.some((r) => r.app === app && r.role === null && !r.deleted),
  );
  return unread.filter((app) => APP_NAME.test(app));
}

/** The rows the background's schema accepts, one by one. */
function wellFormed(rows: PageRow[]): PageRow[] {
  return rows.flatMap((row) => {
    const r = PageRow.safeParse(row);
    return r.success ? [r.data] : [];
  });
}

/** At most MAX_SENT rows, of whole apps only: an app with a row past the limit is left out. */
export function whole(rows: PageRow[]): { rows: PageRow[]; leftOut: string[] } {
  if (rows.length <= MAX_SENT) return { rows, leftOut: [] };
  const cut = new Set(rows.slice(MAX_SENT).map((r) => r.app));
  return { rows: rows.slice(0, MAX_SENT).filter((r) => !cut.has(r.app)), leftOut: [...cut].sort() };
}
