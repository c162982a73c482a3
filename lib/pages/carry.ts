import type { PageRow, StoredRow } from './reading';

// What the account-wide page carries over from earlier readings of an app (merge.ts). Grouped by
// person it shows only some people; either grouping shows no name, no 2FA, and may name no role:
// a value it does not show never erases one an earlier page showed, and a value it shows wins. What it carries keeps its own reading time and
// expires by it (PRIVACY.md: nothing read longer ago than the look-back window is kept), so a
// visit to the account-wide page never re-dates what it did not show.

type Field = NonNullable<StoredRow['kept']>['fields'][number];

/** What a reading that shows `r` left unshown, by the field's "not shown" value. */
const UNSHOWN: Record<Field, (r: PageRow) => boolean> = {
  name: (r) => !r.name,
  role: (r) => r.role === null,
  tfa: (r) => r.tfa === null,
  pending: (r) => !r.pending,
  deleted: (r) => !r.deleted,
};
const FIELDS = Object.keys(UNSHOWN) as Field[];

/**
 * The account-wide page's rows of an app over the kept ones (read at `oldAt` unless a row says
 * otherwise): each person it shows updated, and everyone it does not show kept (grouped by person
 * it cannot say they went), with when they were last shown; when it lists the app in full
 * (`inFull`, grouped by app), only the pending invitations and deleted accounts it does not show.
 */
export function carriedPeople(shown: PageRow[], old: StoredRow[], oldAt: string, inFull = false): StoredRow[] {
  const earlier = new Map(old.map((r) => [r.email, r]));
  const rows = shown.map((r) => {
    const m = earlier.get(r.email);
    return m ? carriedValues(r, m, m.readAt ?? oldAt) : r;
  });
  const listed = new Set(shown.map((r) => r.email));
  // A page listing the app in full: who it does not list is gone, but for what it never shows.
  const kept = old.filter((r) => !listed.has(r.email) && (!inFull || r.pending || r.deleted));
  return [...rows, ...kept.map((r) => ({ ...r, readAt: r.readAt ?? oldAt }))];
}

function carriedValues(r: PageRow, m: StoredRow, mAt: string): StoredRow {
  const fields = FIELDS.filter((f) => UNSHOWN[f](r) && !UNSHOWN[f](m));
  // An invitation's date goes with its pending state (the account-wide page shows neither).
  const invitedAt = r.invitedAt ?? (r.pending || fields.includes('pending') ? m.invitedAt : undefined);
  if (fields.length === 0) return invitedAt ? { ...r, invitedAt } : r;
  // One time for all the values carried: the oldest of theirs (they then expire together, never late).
  const times = fields.map((f) => (m.kept?.fields.includes(f) ? m.kept.at : mAt));
  const at = times.reduce((a, b) => (a < b ? a : b));
  return {
    ...r,
    name: r.name || m.name,
    role: r.role ?? m.role,
    tfa: r.tfa ?? m.tfa,
    pending: r.pending || m.pending,
    deleted: r.deleted || m.deleted,
    ...(invitedAt ? { invitedAt } : {}),
    kept: { at, fields },
  };
}

/** The row as readings within the window show it, or null when none does (`recent` tells). */
export function unexpiredRow(row: StoredRow, recent: (at: string) => boolean): StoredRow | null {
  if (row.readAt !== undefined && !recent(row.readAt)) return null;
  if (!row.kept || recent(row.kept.at)) return row;
  // Back to what the later reading showed: each carried value to its "not shown" one.
  const { kept, ...rest } = row;
  const out: StoredRow = { ...rest };
  for (const f of kept.fields) {
    if (f === 'name') delete out.name;
    else if (f === 'role') out.role = null;
    else if (f === 'tfa') out.tfa = null;
    else out[f] = false;
    if (f === 'pending') delete out.invitedAt;
  }
  return out;
}
