import { HistoryEntry } from '../review/record';

// Completed reviews are evidence. A stored entry this version cannot read (damaged, or written
// by a newer version) is left out of the list it shows, but never out of the store: a write of
// the history (completing, importing) only adds to what is stored, keeping such entries as they are.

/** Stored entries this version cannot read, as they are. */
export function unreadableEntries(raw: unknown): unknown[] {
  return Array.isArray(raw) ? raw.filter((e) => !HistoryEntry.safeParse(e).success) : [];
}

/** What to store for the readable history `next`: the unreadable entries kept ahead of it. */
export function historyToStore(raw: unknown, next: readonly HistoryEntry[]): unknown[] {
  return [...unreadableEntries(raw), ...next];
}
