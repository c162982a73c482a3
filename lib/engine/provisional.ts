import type { AccessSnapshot } from '../scan/snapshot';
import type { Finding } from './finding';

// While a scan reads (lib/scan/publication.ts), a finding is provisional when what it says can
// still change before the scan ends. A pending app's reads bring its events (activity,
// invitation dates, the SCM linker seen in them), its SCM link, or an error naming it
// (lib/scan/scan-events.ts, scan-scm.ts), which `peopleRead` (lib/engine/people-read.ts) turns
// into "its people are not known". Each rule is listed by what it reads of that:
// - of the finding's own app (READS_OWN), or of the app's parent when it is a review app
//   (READS_PARENT); then any downgrade on a pending app (its linker keeps full access whatever
//   the review says);
// - nothing (FINAL): the collaborator lists, 2FA, statuses, owners, `me`, names, the policy;
// - the API token list (TOKENS), read beside the apps' details: while the list shown is the last
//   scan's (`partial.tokensPending`).
// A new rule goes in one of them (test/unit/rules/provisional-lists.test.ts); --stream writes a
// finding only once it is not provisional (test/cli/stream-final.test.ts).

export const READS_OWN: ReadonlySet<string> = new Set([
  'unused-full-access', // events, linker
  'no-activity', // events
  'escalation', // events (managed collaborators)
  'stale-invitation', // invitation dates from events
  'external-domain', // linker: review rather than downgrade
  'scm-auto-deploy', // link
  'scm-fork-review-apps', // link, peopleRead
  'scm-linker-gone', // link, peopleRead
]);

export const READS_PARENT: ReadonlySet<string> = new Set([
  'review-app-stale', // the parent's link: does it delete stale review apps?
  'review-app-drift', // peopleRead(parent): a parent whose read fails says nothing of who it grants
]);

export const FINAL: ReadonlySet<string> = new Set([
  'own-2fa',
  'missing-2fa',
  'deleted-account',
  'too-many-full',
  'full-on-many-apps',
  'personal-owner',
  'service-account-spread',
]);

export const TOKENS: ReadonlySet<string> = new Set(['api-token-unused', 'api-token-old']);

/** Which findings are provisional on this snapshot; null when none can be (nothing pending). */
export function provisionalTest(snapshot: AccessSnapshot): ((f: Finding) => boolean) | null {
  const pending = new Set(snapshot.partial?.pending ?? []);
  const tokensPending = snapshot.partial?.tokensPending === true;
  if (pending.size === 0 && !tokensPending) return null;
  const waiting = new Set(snapshot.apps.filter((a) => pending.has(`${a.region}/${a.id}`)).map((a) => a.id));
  // Review apps whose parent (same region, by name) is pending.
  const parentWaiting = new Set<string>();
  const names = new Map(snapshot.apps.map((a) => [`${a.region}/${a.name}`, a.id]));
  for (const a of snapshot.apps) {
    const parent = a.parentAppName && names.get(`${a.region}/${a.parentAppName}`);
    if (parent && waiting.has(parent)) parentWaiting.add(a.id);
  }
  return (f: Finding) =>
    (tokensPending && TOKENS.has(f.rule)) ||
    (f.app !== null &&
      ((waiting.has(f.app.id) && (READS_OWN.has(f.rule) || f.action === 'downgrade')) ||
        (parentWaiting.has(f.app.id) && READS_PARENT.has(f.rule))));
}
