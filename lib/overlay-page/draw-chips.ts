import type { OverlayLabels, PersonOverlay } from '../overlay-advice/types';
import { BADGE_TAG, upsertBadge, type OpenReview } from './badge';
import { inRowOrLine } from './line';
import { splitNear } from './near';
import { placeChips } from './place';
import { shownEmail } from './selectors';

// The chips of the rows found, drawn and placed: a row that has its chip gets it updated and
// keeps its spot; a new row gets one now if it is on screen, else when it comes near (near.ts).
// Reads before writes, so that a draw costs one layout: whether a row is on screen, then where
// its chip fits (place.ts), then the chips put in.

/** A row found on the page and the person it shows. */
export interface Wanted {
  row: Element;
  email: string;
  person: PersonOverlay;
  /** The app whose group lists the row (the account-wide page grouped by app), when there is one. */
  group?: string | null;
}

export function drawChips(
  doc: Document,
  wanted: readonly Wanted[],
  labels: OverlayLabels,
  open: OpenReview,
  again = false,
): void {
  const drawn: Wanted[] = [];
  const fresh: Wanted[] = [];
  for (const w of wanted) (inRowOrLine(w.row, BADGE_TAG)?.shadowRoot ? drawn : fresh).push(w);
  const draw = (list: readonly Wanted[], anew: boolean) =>
    placeChips(
      list.map(({ row, email, person, group }) => ({
        row,
        host: upsertBadge(row, person, labels, open),
        shown: shownEmail(row, email) ?? row,
        id: `${group ?? person.app ?? ''}\u0000${person.role}:${email.toLowerCase()}`,
      })),
      anew,
    );
  const now = splitNear(
    doc,
    fresh,
    (later) => draw(later, false),
    (w) => `${w.person.app ?? ''}\u0000${w.email.toLowerCase()}`,
  );
  draw([...drawn, ...now], again);
}
