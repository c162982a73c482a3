import { NOTICES, type Notice } from './planted';

// Notes for the user about the last upgrade, stored as strings: an i18n key (lib/i18n/stored-*.ts),
// and for "review what was imported" its counts as a query (`?acceptances=2&decisions=3`). What
// is read back is checked: a known key, and for the counts only the expected names and digits.

export interface ReadNotice {
  key: Notice;
  vars: Record<string, number>;
}

const PLAIN: ReadonlySet<string> = new Set([NOTICES.authUrl, NOTICES.undo, NOTICES.switches]);
const COUNTED = /^notice\.reviewImported\?acceptances=(\d{1,6})&decisions=(\d{1,6})$/;

/** The note that accepted risks and decisions were imported, asking to review them and the policy. */
export function reviewImportedNotice(acceptances: number, decisions: number): string {
  return `${NOTICES.reviewImported}?acceptances=${acceptances}&decisions=${decisions}`;
}

/** A stored note, or null when it is not one of ours. */
export function readNotice(raw: unknown): ReadNotice | null {
  if (typeof raw !== 'string') return null;
  if (PLAIN.has(raw)) return { key: raw as Notice, vars: {} };
  const counted = COUNTED.exec(raw);
  return counted
    ? { key: NOTICES.reviewImported, vars: { acceptances: Number(counted[1]), decisions: Number(counted[2]) } }
    : null;
}
