import { SNAPSHOT_VERSION, type AccessSnapshot, type Assignment, type SnapshotApp } from '../scan/snapshot';
import type { PageApp, PageRow, PageSnapshot } from './reading';

// The page snapshot in the shape the rules read, holding only what the pages showed: no ids,
// no events, an invitation's date only where its row showed one (source 'page' either way, so
// the rule says the page showed no date rather than calling it old), 2FA only where a row showed it,
// a username only where the rows showing a name agree on it, and nobody as "me" (the pages do not say who is signed in). It lives in memory only: the API snapshot's record is
// never written from it.

/** Apps read only on the account-wide page: their region is not shown. */
export const UNKNOWN_REGION = '';

export const pageAppId = (name: string) => `page:${name}`;

const NOBODY = { id: '', email: '', username: '' };

/** A person's name, e-mail → name: only where every reading showing one shows the same (null when they disagree). */
type Names = Map<string, string | null>;

/**
 * The names the readings agree on. A page can name the people it lists as it likes: a name two
 * pages give differently is no one's (the person is then named by e-mail), so a page cannot
 * rename someone on findings about apps it does not show.
 */
function agreedNames(pages: PageSnapshot): Names {
  const names: Names = new Map();
  for (const row of pages.apps.flatMap((a) => a.rows)) {
    if (!row.name || row.pending || row.deleted) continue;
    const known = names.get(row.email);
    names.set(row.email, known === undefined || known === row.name ? row.name : null);
  }
  return names;
}

function assignmentOf(app: SnapshotApp, row: PageRow, readAt: string, names: Names): Assignment | null {
  // A row that names no role says nothing the rules can use, unless it shows a deleted account.
  if (row.role === null && !row.deleted) return null;
  const role = row.role ?? 'limited';
  const status = row.deleted ? 'deleted' : role === 'owner' ? 'owner' : row.pending ? 'pending' : 'accepted';
  // A date after the page was read cannot be an invitation's: refused, the invitation kept undated.
  const dated = row.invitedAt && Date.parse(row.invitedAt) <= Date.parse(readAt) ? row.invitedAt : null;
  return {
    appId: app.id,
    region: app.region,
    collaboratorId: null,
    userId: null,
    email: row.email,
    // Named as the API names people: by the name the pages agree on; none on an invitation (its
    // "n/a") or a deleted account (nothing ties its shown name to a user any more).
    username: status === 'accepted' || status === 'owner' ? (names.get(row.email) ?? null) : null,
    role,
    status,
    tfa: row.tfa,
    invitedAt: status === 'pending' ? dated : null,
    invitedAtSource: status === 'pending' ? 'page' : null,
    activity: null,
  };
}

function appOf(page: PageApp, names: Names): SnapshotApp {
  const region = page.region ?? UNKNOWN_REGION;
  const owner = page.rows.find((r) => r.role === 'owner');
  return {
    id: pageAppId(page.name),
    name: page.name,
    region,
    owner: owner ? { ...NOBODY, email: owner.email, username: names.get(owner.email) ?? '' } : NOBODY,
    ownedByMe: false,
    hds: false,
    secnum: region.includes('secnum'),
    parentAppName: null,
    createdAt: null,
    activityAsOf: null,
    scmLinker: null,
  };
}

export function pagesToSnapshot(pages: PageSnapshot, lookBackDays: number): AccessSnapshot {
  const names = agreedNames(pages);
  const apps = pages.apps.map((p) => appOf(p, names));
  const assignments = pages.apps.flatMap((p, i) =>
    p.rows.map((r) => assignmentOf(apps[i]!, r, p.readAt, names)).filter((a): a is Assignment => a !== null),
  );
  const regions = [...new Set(apps.map((a) => a.region))].sort().map((name) => ({
    name,
    displayName: name === UNKNOWN_REGION ? '—' : name,
    api: '',
  }));
  const readAt = pages.apps.map((a) => a.readAt).sort();
  return {
    version: SNAPSHOT_VERSION,
    scannedAt: readAt.at(-1) ?? new Date(0).toISOString(),
    lookBackDays,
    cost: { requests: 0, http429: 0 },
    me: { ...NOBODY, tfa: null },
    regions,
    apps,
    assignments,
    errors: [],
  };
}
