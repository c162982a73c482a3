import type { HistoryEntry } from '../review/record';
import { refusal, type Refusal } from '../review/refusal';

// Bounds on what an imported review may hold. A file can be self-consistent (its hash and packs
// rendered again for what it says) and still hostile: an id past what the history's export request
// names (100 characters, lib/messages/protocol.ts) leaves a review nobody can export again, and a
// text of any length weighs on every page that lists it. Checked before the frozen bytes, so the
// refusal names the bound rather than a hash; the frozen packs themselves are checked by their hash.

export const ID_MAX = 100;
export const TEXT_MAX = 4000;

/** The path and length of the first string of `value` longer than TEXT_MAX, or null. */
function longText(value: unknown, path: string[]): string | null {
  if (typeof value === 'string') return value.length > TEXT_MAX ? path.join('.') : null;
  if (!value || typeof value !== 'object') return null;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const found = longText(v, [...path, k]);
    if (found !== null) return found;
  }
  return null;
}

/** Why this imported review is past a bound, or null. */
export function boundsProblem(e: HistoryEntry): Refusal | null {
  // The id itself is left out of this refusal: it is the text too long to show.
  if (e.id.length === 0 || e.id.length > ID_MAX) return refusal('refusal.review.longId', { max: ID_MAX });
  const { frozen: _packs, ...record } = e;
  const path = longText(record, []);
  return path === null ? null : refusal('refusal.review.longText', { id: e.id, path, max: TEXT_MAX });
}
