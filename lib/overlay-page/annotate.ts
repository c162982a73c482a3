import type { OverlayView, PageListing, PersonOverlay } from '../overlay-advice/types';
import { capListing } from '../overlay-advice/listing';
import { BADGE_TAG, type OpenReview } from './badge';
import { BANNER_TAG, upsertBanner } from './banner';
import { drawChips, type Wanted } from './draw-chips';
import { sweepLines } from './line';
import { dropOwn } from './shadow';
import { appsListedIn, findAllRows, findRows, firstGroupOf, listOf } from './selectors';
import { disagreeing } from './role-check';
import { groupAppOf } from './group-heading';

// Draws an overlay view on the page: a badge beside each person found, the banner before
// their list, or the single "open the review" chip when no row could be found. Returns what
// it saw, so the caller can ask for a refresh when the page and the scan disagree.

export interface Annotated {
  rows: number;
  /** E-mails whose row shows another role than the scan's (the page is newer than the scan); read when asked. */
  disagreements: string[];
  /** Account-wide page: who the page lists, with which apps (the background counts only those). */
  shown?: PageListing[];
  /** The page lists more than `shown` carries (its budget, listing.ts). */
  more?: boolean;
}

const key = (email: string, app: string | null) => `${app ?? ''}\u0000${email.toLowerCase()}`;

/** Drawing options: `again` places every chip anew (the window was resized). */
export interface DrawOptions {
  again?: boolean;
  /** False while the view's counts are not the page's yet (the account-wide page's first answer). */
  banner?: boolean;
}

/** One app's collaborators page. */
export function annotateApp(root: Element, view: OverlayView, open: OpenReview, opts: DrawOptions = {}): Annotated {
  const people = new Map(view.people.map((p) => [p.email, p]));
  const rows = findRows(root, [...people.keys()]);
  const wanted: Wanted[] = [];
  for (const [email, row] of rows) wanted.push({ row, email, person: people.get(email)! });
  const first = [...rows.values()][0];
  placeBanner(root, view, first ? listOf(first) : null, open);
  clearCopies(root);
  drawChips(root.ownerDocument, wanted, view.labels, open, opts.again);
  // Read when asked (role-check.ts): the overlay asks once the frame with the chips is done.
  const found = wanted.map(({ row, email, person }) => ({ row, email, role: person.role }));
  return {
    rows: rows.size,
    get disagreements() {
      return disagreeing(found);
    },
  };
}

/** The account-wide page: a person once, or once per app group. */
export function annotateAccount(root: Element, view: OverlayView, open: OpenReview, opts: DrawOptions = {}): Annotated {
  const lines = new Map<string, PersonOverlay>(view.people.map((p) => [key(p.email, p.app), p]));
  const appNames = new Set(view.people.map((p) => p.app).filter((a): a is string => a !== null));
  const rows = findAllRows(root, [...new Set(view.people.map((p) => p.email))]);
  const wanted: Wanted[] = [];
  const listed = new Map<string, Set<string>>();
  for (const { email, row } of rows) {
    const app = groupAppOf(row, appNames);
    const person = (app && lines.get(key(email, app))) || lines.get(key(email, null));
    if (person) wanted.push({ row, email, person, group: app });
    const apps = listed.get(email) ?? new Set<string>();
    for (const a of app ? [app] : appsListedIn(row, appNames)) apps.add(a);
    listed.set(email, apps);
  }
  const before = firstGroupOf(rows.map((r) => r.row));
  // Rows found: no banner until it can count what they list; none found: the corner chip at once.
  if (opts.banner !== false || !before) placeBanner(root, view, before, open);
  clearCopies(root);
  drawChips(root.ownerDocument, wanted, view.labels, open, opts.again);
  const { shown, more } = capListing([...listed].map(([email, apps]) => ({ email, apps: [...apps] })));
  return { rows: rows.length, disagreements: [], shown, more };
}

/** Badges the page copied while re-rendering rows (copies have no shadow root, so show nothing); line rows of ours left behind. */
function clearCopies(root: Element): void {
  root.querySelectorAll(BADGE_TAG).forEach((b) => b.shadowRoot || dropOwn(b));
  sweepLines(root);
}

/** The banner goes just before `before`; without it (no row found), in the corner of the page. */
function placeBanner(root: Element, view: OverlayView, before: Element | null, open: OpenReview): void {
  const body = root.ownerDocument.body;
  upsertBanner(before ?? body, view, open, !before);
  // Exactly one banner: a list re-rendered elsewhere, or rows found after all, leave none behind.
  const keep = before ? before.previousElementSibling : body.querySelector(`:scope > ${BANNER_TAG}`);
  root.ownerDocument.querySelectorAll(BANNER_TAG).forEach((b) => b !== keep && dropOwn(b));
}
