import { isoDateIn } from '../pages/invite-date';
import { datePlaces } from './selectors-cells';

// The date a pending invitation's row shows, if any (page-only mode, issue #21): the first valid
// ISO date among the places a row may show one (selectors-cells.ts), else null. A hostile or odd
// date is passed over (invite-date.ts says which), never a crash; the row is read all the same.

export function invitationDate(row: Element): string | null {
  for (const place of datePlaces(row)) {
    const at = isoDateIn(place);
    if (at) return at;
  }
  return null;
}
