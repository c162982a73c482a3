import type { AccessSnapshot } from '../scan/snapshot';
import type { Finding } from './finding';

// While a scan reads (lib/scan/publication.ts), a finding about an app whose events and SCM
// link are not read yet is provisional when what it says can still change: the rules that read
// activity, invitation dates or the SCM linker, and any downgrade (the repository's linker
// keeps full access whatever the review says). Every other finding is final as soon as the
// collaborator lists are read. A rule that starts reading events or the link is listed here.
// The API token rules read the token list, read beside the apps' details: while the list shown
// is the last scan's (`partial.tokensPending`), their findings are provisional too.

const READS_EVENTS_OR_LINK: ReadonlySet<string> = new Set([
  'unused-full-access',
  'no-activity',
  'escalation',
  'stale-invitation',
  'external-domain',
  // The SCM link's settings and linker (lib/scan/scan-scm.ts); a review app's age policy reads its parent's link.
  'scm-auto-deploy',
  'scm-fork-review-apps',
  'scm-linker-gone',
  'review-app-stale',
]);

const readsTokens = (f: Finding) => f.rule.startsWith('api-token-');

/** Which findings are provisional on this snapshot; null when none can be (nothing pending). */
export function provisionalTest(snapshot: AccessSnapshot): ((f: Finding) => boolean) | null {
  const pending = new Set(snapshot.partial?.pending ?? []);
  const tokensPending = snapshot.partial?.tokensPending === true;
  if (pending.size === 0 && !tokensPending) return null;
  // A review app's findings may read its parent's SCM link: pending with its parent too.
  const waiting = new Set(snapshot.apps.filter((a) => pending.has(`${a.region}/${a.id}`)).map((a) => a.id));
  const names = new Map(snapshot.apps.map((a) => [`${a.region}/${a.name}`, a.id]));
  for (const a of snapshot.apps) {
    const parent = a.parentAppName && names.get(`${a.region}/${a.parentAppName}`);
    if (parent && waiting.has(parent)) waiting.add(a.id);
  }
  return (f: Finding) =>
    (tokensPending && readsTokens(f)) ||
    (f.app !== null && waiting.has(f.app.id) && (READS_EVENTS_OR_LINK.has(f.rule) || f.action === 'downgrade'));
}
