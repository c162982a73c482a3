import { pageAppId, UNKNOWN_REGION } from '../../../lib/pages/to-snapshot';
import type { AccessSnapshot, Assignment } from '../../../lib/scan/snapshot';

// The API snapshot of the demo restricted to what one dashboard page shows, written apart from
// the page reader: the apps and people the page lists (declared per fixture from its own
// provenance note), and of each person only the columns the page has. What it gives is what a
// page-only review may at best know.

export interface PageShows {
  /** The people the page lists, per app (owner included when the page shows one). */
  people: Record<string, string[]>;
  region: boolean;
  pending: boolean;
  deleted: boolean;
  /**
   * The dates the page shows on pending invitations, by e-mail (a shape variant only: the demo
   * pages show none). Declared, not taken from the API: the mock dates its events from today.
   */
  invitedAt?: Record<string, string>;
  /**
   * Whether the page shows each person's name (a username column, a name above the e-mail): the
   * API's username is then the page's (a pending invitation has none either way).
   */
  names?: boolean;
  /** Whether the page shows 2FA (a column or an icon: a shape variant only; the demo pages show none). */
  tfa?: boolean;
  /**
   * What the page cannot show of the domain the API review trusts (the scanning account's): per
   * app, the domain its people are judged by instead (the owner the page shows at another
   * company), or null (no owner shown, or one at a public mail provider: nobody is external).
   * Apps not listed are judged by the scan's own trusted domain, as the API review does.
   */
  domains?: Record<string, string | null>;
}

const NOBODY = { id: '', email: '', username: '' };

export function restrictToPage(api: AccessSnapshot, shows: PageShows): AccessSnapshot {
  const apps = api.apps
    .filter((a) => a.name in shows.people)
    .map((a) => {
      const region = shows.region ? a.region : UNKNOWN_REGION;
      const username = shows.names ? a.owner.username : '';
      const owner = shows.people[a.name]!.includes(a.owner.email)
        ? { ...NOBODY, email: a.owner.email, username }
        : NOBODY;
      return {
        ...a,
        id: pageAppId(a.name),
        region,
        owner,
        ownedByMe: false,
        hds: false,
        secnum: region.includes('secnum'),
        parentAppName: null,
        createdAt: null,
        activityAsOf: null,
        scmLinker: null,
        scmLink: undefined,
      };
    });
  const byId = new Map(api.apps.map((a) => [a.id, a.name]));
  const assignments = api.assignments.flatMap((a): Assignment[] => {
    const name = byId.get(a.appId)!;
    const listed = shows.people[name];
    if (!listed?.includes(a.email)) return [];
    const app = apps.find((x) => x.name === name)!;
    const status =
      (a.status === 'pending' && !shows.pending) || (a.status === 'deleted' && !shows.deleted) ? 'accepted' : a.status;
    return [
      {
        ...a,
        appId: app.id,
        region: app.region,
        collaboratorId: null,
        userId: null,
        // A deleted account's shown name is not carried: nothing can tie it to a user any more.
        username: shows.names && status !== 'deleted' ? a.username : null,
        status,
        tfa: shows.tfa ? a.tfa : null,
        // A page's invitation is dated by the page or not at all (source 'page' either way).
        invitedAt: status === 'pending' ? (shows.invitedAt?.[a.email] ?? null) : null,
        invitedAtSource: status === 'pending' ? 'page' : null,
        activity: null,
      },
    ];
  });
  return { ...api, me: { ...NOBODY, tfa: null }, apps, assignments };
}
