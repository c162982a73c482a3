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
import { unknownDomains } from './team-domain';

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
 * Each app's trusted domain, when the policy names none: its own owner's domain (an app owned at
 * acme.fr treats acme.fr as inside). The pages do not say who is signed in: an app whose owner is
 * not shown (the account-wide page grouped by person) takes the domain of the owners the other
 * readings showed, when they agree on one; else, or when its owner is at a public mail provider
 * (everyone's domain), it has no known domain (null).
 */
export function pageDomains(snapshot: AccessSnapshot): Record<string, string | null> {
  const own = (app: AccessSnapshot['apps'][number]) => {
    const domain = app.owner.email.includes('@') ? domainOf(app.owner.email) : null;
    return domain && !isPublicMailDomain(domain) ? domain : null;
  };
  const seen = new Set(snapshot.apps.map(own).filter((d) => d !== null));
  const agreed = seen.size === 1 ? [...seen][0]! : null;
  // Built as entries, read with domainFor: an app's name is the page's word, never an object's key lookup.
  return Object.fromEntries(snapshot.apps.map((app) => [app.name, app.owner.email ? own(app) : agreed]));
}

/** An app's guessed domain: its own entry only, never one an object inherits (`constructor`). */
export function domainFor(domains: Record<string, string | null>, app: string): string | null {
  return Object.hasOwn(domains, app) ? (domains[app] ?? null) : null;
}

/** The event-free rules over a snapshot, most urgent first then by id (as runRules orders them). */
export function eventFreeFindings(snapshot: AccessSnapshot, policy: Policy, now: Date): Finding[] {
  return ordered(PAGE_RULES.flatMap((id) => RULES[id]!(snapshot, policy, now)));
}

function ordered(all: Finding[]): Finding[] {
  // An app whose region the pages did not show is reached from the account-wide page.
  for (const f of all) if (f.app?.region === UNKNOWN_REGION) f.link = CONSOLIDATED_PAGE;
  return all.sort((a, b) => URGENCY[a.priority] - URGENCY[b.priority] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The external-domain rule run app by app, each app with its own trusted domain, and not at all on
 * apps whose domain is unknown (with no trusted domain every address would be "external"); the
 * other rules at once.
 */
function perAppFindings(snapshot: AccessSnapshot, policy: Policy, domains: Record<string, string | null>, now: Date) {
  const byDomain = new Map<string | null, Set<string>>();
  for (const app of snapshot.apps) {
    const domain = domainFor(domains, app.name);
    byDomain.set(domain, (byDomain.get(domain) ?? new Set()).add(app.id));
  }
  const external = [...byDomain].flatMap(([domain, ids]) => {
    if (domain === null) return [];
    const part = {
      ...snapshot,
      apps: snapshot.apps.filter((a) => ids.has(a.id)),
      assignments: snapshot.assignments.filter((a) => ids.has(a.appId)),
    };
    return RULES['external-domain']!(part, { ...policy, trustedDomains: [domain] }, now);
  });
  const others = PAGE_RULES.filter((id) => id !== 'external-domain').flatMap((id) => RULES[id]!(snapshot, policy, now));
  return ordered([...others, ...external]);
}

export interface PageReview {
  snapshot: AccessSnapshot;
  review: Review;
  /** The policy the findings were judged with: its trusted domains are the ones guessed, app by app. */
  policy: Policy;
  /** Each app's trusted domain, when guessed (empty when the policy names trusted domains). */
  domains: Record<string, string | null>;
}

export function pageReview(pages: PageSnapshot, policy: Policy, acceptances: Acceptance[], now: Date): PageReview {
  const snapshot = pagesToSnapshot(pages, policy.lookBackDays);
  const named = policy.trustedDomains.length > 0;
  const domains = named ? {} : pageDomains(snapshot);
  const judged = named ? eventFreeFindings(snapshot, policy, now) : perAppFindings(snapshot, policy, domains, now);
  const used = named ? policy : { ...policy, trustedDomains: guessed(domains) };
  const unknown = named ? [] : unknownDomains(snapshot, domains);
  const findings = applyAcceptances(ordered([...judged, ...unknown]).map(readFromPage), acceptances, now);
  return {
    snapshot,
    review: { findings, summary: summarise(findings, snapshot.assignments.length) },
    policy: used,
    domains,
  };
}

const guessed = (domains: Record<string, string | null>) =>
  [...new Set(Object.values(domains).filter((d): d is string => d !== null))].sort();

/**
 * A page shows what it shows, not what Scalingo reports: never "reported directly" (high). A
 * name is the page's word: the finding shows the e-mail beside it ("max-pixel (max@…)").
 */
function readFromPage(f: Finding): Finding {
  const level = f.confidence.level === 'high' ? 'medium' : f.confidence.level;
  const shown = f.title.vars?.person;
  const email = f.person?.email;
  const title =
    email && typeof shown === 'string' && shown !== email
      ? { ...f.title, vars: { ...f.title.vars, person: `${shown} (${email})` } }
      : f.title;
  return { ...f, title, confidence: { level, why: { key: 'confidence.pageShows' } } };
}
