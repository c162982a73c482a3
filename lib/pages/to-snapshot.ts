import { SNAPSHOT_VERSION, type AccessSnapshot, type Assignment, type SnapshotApp } from '../scan/snapshot';
import type { PageApp, PageRow, PageSnapshot } from './reading';

// The page snapshot in the shape the rules read, holding only what the pages showed: no ids,
// no events, an invitation's date only where its row showed one (source 'page' either way, so
// the rule says the page showed no date rather than calling it old), 2FA only where a row showed it,
// a username only where a row showed a name, and nobody as "me" (the pages do not say who is signed in). It lives in memory only: the API snapshot's record is
// never written from it.

/** Apps read only on the account-wide page: their region is not shown. */
export const UNKNOWN_REGION = '';

export const pageAppId = (name: string) => `page:${name}`;

const NOBODY = { id: '', email: '', username: '' };

function assignmentOf(app: SnapshotApp, row: PageRow, readAt: string): Assignment | null {
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
    // Named as the API names people: by the name their row shows, none on an invitation (its "n/a").
    username: status === 'pending' ? null : (row.name ?? null),
    role,
    status,
    tfa: row.tfa,
    invitedAt: status === 'pending' ? dated : null,
    invitedAtSource: status === 'pending' ? 'page' : null,
    activity: null,
  };
}

function appOf(page: PageApp): SnapshotApp {
  const region = page.region ?? UNKNOWN_REGION;
  const owner = page.rows.find((r) => r.role === 'owner');
  return {
    id: pageAppId(page.name),
    name: page.name,
    region,
    owner: owner ? { ...NOBODY, email: owner.email, username: owner.name ?? '' } : NOBODY,
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
  const apps = pages.apps.map(appOf);
  const assignments = pages.apps.flatMap((p, i) =>
    p.rows.map((r) => assignmentOf(apps[i]!, r, p.readAt)).filter((a): a is Assignment => a !== null),
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
