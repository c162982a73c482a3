import type { InviteAdvice, OverlayView, PageListing } from '../overlay-advice/types';
import { annotateAccount, annotateApp, type Annotated } from './annotate';
import { showInviteHint } from './invite-hint';
import { observeChanges } from './observe';
import type { DashboardPage } from './page';
import { stopWaiting } from './near';
import { unwrapRows } from './line';
import { findInviteField } from './selectors';
import { whenIdle } from './role-check';

// The overlay of one dashboard page, from its first drawing until `signal` aborts (the page
// changed or the extension was updated): draws, follows the page's re-renders, asks for a
// refresh once when the page shows a newer role than the scan, and advises on invitations.
// Never throws into the page.

/** What the overlay asks the background (the content script passes `ask`-based calls). */
export interface Background {
  appView: (region: string, app: string) => Promise<OverlayView | null>;
  refreshApp: (region: string, app: string) => Promise<OverlayView | null>;
  /** `shown`: what the page lists, so that the counts are those of the page. */
  peopleView: (shown?: PageListing[], more?: boolean) => Promise<OverlayView | null>;
  inviteAdvice: (region: string, app: string, email: string) => Promise<InviteAdvice | null>;
  openReview: (findingId: string | null) => void;
}

export async function runOverlay(
  doc: Document,
  page: DashboardPage,
  bg: Background,
  signal: AbortSignal,
): Promise<void> {
  if (page.kind === 'other') return;
  const checkInvite = page.kind === 'app' ? inviteWatcher(doc, page, bg, signal) : () => undefined;
  let view: OverlayView | null = null;
  if (page.kind === 'account-collaborators') view = await bg.peopleView();
  else if (page.collaborators) view = await bg.appView(page.region, page.app);
  if (signal.aborted) return;

  let refreshAsked = false;
  let listingAsked = '';
  // The account-wide page's first answer counts the whole account: no banner until the page's own.
  let counted = page.kind !== 'account-collaborators';
  const draw = (again = false) => {
    if (signal.aborted) return;
    try {
      checkInvite();
      if (!view) return;
      const seen =
        page.kind === 'app'
          ? annotateApp(doc.body, view, bg.openReview, { again })
          : annotateAccount(doc.body, view, bg.openReview, { again, banner: counted });
      // The account-wide page: ask again, once per listing, for the counts of what it lists (a page
      // with no row read lists nothing: it keeps the account's counts, never a false all-clear).
      // A reply for a listing the page no longer shows is dropped.
      const listing = seen.shown?.length ? JSON.stringify(seen.shown) : '';
      if (listing && listing !== listingAsked) {
        listingAsked = listing;
        void bg.peopleView(seen.shown, seen.more).then((fresh) => {
          if (!fresh || signal.aborted || listing !== listingAsked) return;
          view = fresh;
          counted = true;
          draw();
        });
      }
      if (page.kind === 'app' && !refreshAsked) checkRoles(seen);
    } catch {
      // A page of a new shape just gets less help; the dashboard itself must keep working.
    }
  };
  // Whether the page shows newer roles than the scan: read once the page is idle, off the frame
  // that shows the chips (role-check.ts), for the last draw's rows only.
  let lastSeen: Annotated | null = null;
  const checkRoles = (seen: Annotated) => {
    if (lastSeen) return void (lastSeen = seen);
    lastSeen = seen;
    whenIdle(doc.defaultView, () => {
      const latest = lastSeen!;
      lastSeen = null;
      if (signal.aborted || refreshAsked || page.kind !== 'app') return;
      try {
        if (latest.disagreements.length === 0) return;
      } catch {
        return;
      }
      refreshAsked = true;
      void bg.refreshApp(page.region, page.app).then((fresh) => {
        if (!fresh || signal.aborted) return;
        view = fresh;
        draw();
      });
    });
  };
  // Rows left waiting for their chip (near.ts) belong to this overlay: none drawn once it ends.
  signal.addEventListener('abort', () => {
    stopWaiting(doc);
    unwrapRows(); // our chips go with the overlay (the entrypoint removes them): so does rows' wrapping
  });
  draw();
  // A re-render's rows are drawn in its own task (never painted bare, however fast the page
  // re-renders); other changes are coalesced; our own changes never wake it.
  observeChanges(doc.body, draw, signal);
  // Another width may leave room where there was none, or take it away: every chip is placed anew.
  let resized: ReturnType<typeof setTimeout> | undefined;
  doc.defaultView?.addEventListener(
    'resize',
    () => {
      clearTimeout(resized);
      resized = setTimeout(() => draw(true), 100);
    },
    { signal },
  );
}

/** Shows the role advice when the invitation form is open, updated as an address is typed. */
function inviteWatcher(
  doc: Document,
  page: { region: string; app: string },
  bg: Background,
  signal: AbortSignal,
): () => void {
  let field: HTMLInputElement | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer));
  const advise = async (input: HTMLInputElement) => {
    const advice = await bg.inviteAdvice(page.region, page.app, input.value.slice(0, 320));
    if (advice && !signal.aborted && input.isConnected) showInviteHint(input, advice);
  };
  return () => {
    const found = findInviteField(doc.body);
    if (!found || found === field) return;
    field = found;
    void advise(found);
    found.addEventListener(
      'input',
      () => {
        clearTimeout(timer);
        timer = setTimeout(() => void advise(found), 250);
      },
      { signal },
    );
  };
}
