import type { Policy } from '../policy';
import { applyAcceptances, type Acceptance } from '../engine/acceptances';
import { domainOf } from '../engine/context';
import { CONSOLIDATED_PAGE, type Finding } from '../engine/finding';
import { URGENCY } from '../engine/priority';
import { RULES } from '../rules/index';
import type { Review } from '../engine/review';
import { summarise } from '../engine/summary';
import type { AccessSnapshot } from '../scan/snapshot';
import type { PageSnapshot } from './reading';
import { isPublicMailDomain } from './public-mail';
import { pagesToSnapshot, UNKNOWN_REGION } from './to-snapshot';

// The review of the pages visited (page-only mode): the rules that need no event, run on what
// the pages showed. Rules about use (unused full access, no activity, escalation) and your own
// 2FA need the API: the views say what a token would add instead (docs/rules.md).

export const PAGE_RULES = [
  'missing-2fa',
  'stale-invitation',
  'deleted-account',
  'external-domain',
  'too-many-full',
  'full-on-many-apps',
  'personal-owner',
] as const;

/**
 * The pages do not say who is signed in, whose domain is trusted by default: without trusted
 * domains in the policy, the single most common domain of the apps' owners shown is trusted,
 * else (no owner shown, e.g. grouped by person) the domain most people shown share. A public
 * mail domain is never trusted: one app owned at gmail.com would make every gmail.com user "team".
 */
export function pagePolicy(policy: Policy, snapshot: AccessSnapshot): Policy {
  if (policy.trustedDomains.length > 0) return policy;
  const owners = snapshot.apps.map((a) => a.owner.email).filter((e) => e.includes('@'));
  const top = mostCommon(owners) ?? mostCommon(snapshot.assignments.map((a) => a.email));
  return top ? { ...policy, trustedDomains: [top] } : policy;
}

/** The domain most addresses share, public mail domains aside; ties go to the first by name. */
function mostCommon(emails: string[]): string | null {
  const count = new Map<string, number>();
  for (const d of emails.map(domainOf)) if (!isPublicMailDomain(d)) count.set(d, (count.get(d) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

/** The event-free rules over a snapshot, most urgent first then by id (as runRules orders them). */
export function eventFreeFindings(snapshot: AccessSnapshot, policy: Policy, now: Date): Finding[] {
  const all = PAGE_RULES.flatMap((id) => RULES[id]!(snapshot, policy, now));
  // An app whose region the pages did not show is reached from the account-wide page.
  for (const f of all) if (f.app?.region === UNKNOWN_REGION) f.link = CONSOLIDATED_PAGE;
  return all.sort((a, b) => URGENCY[a.priority] - URGENCY[b.priority] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface PageReview {
  snapshot: AccessSnapshot;
  review: Review;
}

export function pageReview(pages: PageSnapshot, policy: Policy, acceptances: Acceptance[], now: Date): PageReview {
  const snapshot = pagesToSnapshot(pages, policy.lookBackDays);
  const findings = applyAcceptances(eventFreeFindings(snapshot, pagePolicy(policy, snapshot), now), acceptances, now);
  return { snapshot, review: { findings, summary: summarise(findings, snapshot.assignments.length) } };
}
