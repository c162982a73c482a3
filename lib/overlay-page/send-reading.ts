import { PageRow } from '../pages/page-row';
import { observeChanges } from './observe';
import type { DashboardPage } from './page';
import { readPage } from './read-page';

// Page-only mode, the content script's side: sends what the collaborators page on screen shows
// (lib/overlay-page/read-page.ts) to the background, then again, once the page is idle, whenever
// it re-renders into something else, until `signal` aborts. The background keeps it only when the user chose
// page-only mode and no token is connected. Each row is checked here as the background will check
// it: a row it would refuse (an odd or hostile page) is left out, not the whole reading. Never
// throws into the page.

/** At most this many rows sent (the background refuses more). */
const MAX_SENT = 2000;

export function sendPageReadings(
  doc: Document,
  page: DashboardPage,
  send: (rows: PageRow[]) => Promise<unknown>,
  signal: AbortSignal,
): void {
  if (page.kind === 'other' || (page.kind === 'app' && !page.collaborators)) return;
  let last = '';
  const read = () => {
    if (signal.aborted) return;
    try {
      const rows = wellFormed(readPage(doc.body, page)).slice(0, MAX_SENT);
      const key = JSON.stringify(rows);
      if (rows.length === 0 || key === last) return;
      last = key;
      void send(rows).catch(() => undefined);
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

/** The rows the background's schema accepts, one by one. */
function wellFormed(rows: PageRow[]): PageRow[] {
  return rows.flatMap((row) => {
    const r = PageRow.safeParse(row);
    return r.success ? [r.data] : [];
  });
}
