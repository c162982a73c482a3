import { isFull } from '../engine/context';
import { appPage, CONSOLIDATED_PAGE, findingId, type Finding } from '../engine/finding';
import type { AccessSnapshot } from '../scan/snapshot';
import { UNKNOWN_REGION } from './to-snapshot';

// Page-only mode: an app whose team domain the pages cannot tell (no owner shown, no other owner
// nor trusted domain to judge by) is not judged for external full access. Said plainly, never an
// all-clear: a finding about the app, shown beside each of its full Collaborators (lib/overlay-
// advice/app-share.ts), asking for what would tell it.

export const RULE = 'team-domain-unknown';

/** One finding per app whose domain is unknown, whose owner the pages did not show, and that has full Collaborators. */
export function unknownDomains(snapshot: AccessSnapshot, domains: Record<string, string | null>): Finding[] {
  return snapshot.apps.flatMap((app) => {
    // An owner shown at a public mail provider is a personal app: known, judged as such (page-review.ts).
    if (app.owner.email || (Object.hasOwn(domains, app.name) && domains[app.name])) return [];
    const full = snapshot.assignments.some((a) => a.appId === app.id && isFull(a) && a.status !== 'deleted');
    if (!full) return [];
    const page = appPage(app);
    return [
      {
        id: findingId(RULE, app.id, null),
        rule: RULE,
        priority: 'P4',
        title: { key: 'rule.team-domain-unknown.title', vars: { app: app.name } },
        evidence: [{ key: 'evidence.teamDomainUnknown', vars: { app: app.name } }],
        confidence: { level: 'low', why: { key: 'confidence.pageShows' } },
        action: 'review',
        app: page.ref,
        person: null,
        // Reached from the account-wide page when the pages did not show its region.
        link: app.region === UNKNOWN_REGION ? CONSOLIDATED_PAGE : page.url,
      } satisfies Finding,
    ];
  });
}
