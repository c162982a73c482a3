import { limits, nameMatcher, type Policy, type ProfileDefaults } from '../policy';
import { usernamesByEmail } from '../review/person-name';
import type { AccessSnapshot, Assignment, SnapshotApp } from '../scan/snapshot';
import { appPage, findingId, type Finding, type Phrase, type Priority } from './finding';

// What every rule needs, indexed once per (snapshot, policy, time): apps by id, people by
// app, which apps are production or sensitive, which domains are trusted. Rules stay O(n).

export interface RuleContext {
  snapshot: AccessSnapshot;
  policy: Policy;
  limits: ProfileDefaults;
  now: Date;
  windowStart: number;
  apps: Map<string, SnapshotApp>;
  byApp: Map<string, Assignment[]>;
  isProduction(app: SnapshotApp): boolean;
  /** SecNumCloud, HDS, production, or a name the team marked sensitive. */
  isSensitive(app: SnapshotApp): boolean;
  /** A name the team's policy marks sensitive. */
  isMarked(app: SnapshotApp): boolean;
  isTrusted(email: string): boolean;
  /** `sensitivity` of each app, worked out once per context. */
  reasons: Map<SnapshotApp, readonly Phrase[]>;
  /** The trusted domains as the evidence lists them. */
  trustedList: string;
}

const cache = new WeakMap<AccessSnapshot, { policy: Policy; now: number; ctx: RuleContext }>();

export function contextOf(snapshot: AccessSnapshot, policy: Policy, now: Date): RuleContext {
  const hit = cache.get(snapshot);
  if (hit && hit.policy === policy && hit.now === now.getTime()) return hit.ctx;
  const apps = new Map(snapshot.apps.map((a) => [a.id, a]));
  const byApp = new Map<string, Assignment[]>();
  for (const a of snapshot.assignments) {
    const list = byApp.get(a.appId);
    if (list) list.push(a);
    else byApp.set(a.appId, [a]);
  }
  const production = nameMatcher(policy.productionPatterns);
  const sensitive = nameMatcher(policy.sensitivePatterns);
  // A review (child) app carries its parent's name, not its production role (docs/scalingo-api.md §8).
  const isProduction = (app: SnapshotApp) => app.parentAppName === null && production(app.name);
  const trustedByEmail = new Map<string, boolean>();
  const trusted = new Set(policy.trustedDomains.length > 0 ? policy.trustedDomains : [domainOf(snapshot.me.email)]);
  const ctx: RuleContext = {
    snapshot,
    policy,
    limits: limits(policy),
    now,
    windowStart: now.getTime() - policy.lookBackDays * 86_400_000,
    apps,
    byApp,
    isProduction,
    isSensitive: (app) => app.secnum || app.hds || isProduction(app) || sensitive(app.name),
    isMarked: (app) => sensitive(app.name),
    isTrusted: (email) => {
      // Once per address: three string copies per assignment showed in the profile at 10k.
      let yes = trustedByEmail.get(email);
      if (yes === undefined) trustedByEmail.set(email, (yes = trusted.has(domainOf(email))));
      return yes;
    },
    reasons: new Map(),
    trustedList: policy.trustedDomains.length > 0 ? policy.trustedDomains.join(', ') : domainOf(snapshot.me.email),
  };
  cache.set(snapshot, { policy, now: now.getTime(), ctx });
  return ctx;
}

export const domainOf = (email: string) =>
  email
    .slice(email.lastIndexOf('@') + 1)
    .trim()
    .toLowerCase();

export const isFull = (a: Assignment) => a.role === 'collaborator';

/** Scalingo refuses to change the role of whoever linked the repository: never suggest it. */
export const isScmLinker = (app: SnapshotApp, a: Assignment) => {
  const l = app.scmLinker;
  if (!l) return false;
  if (l.userId && l.userId === a.userId) return true;
  if (l.email && l.email.toLowerCase() === a.email.toLowerCase()) return true;
  return !!l.username && !!a.username && l.username.toLowerCase() === a.username.toLowerCase();
};

/**
 * Without a configured list, a shared-looking address (ops-bot@, deploy@, ci@…) counts as a service
 * account: a machine word as a whole segment of the local part (delimited by . - _ + or its ends),
 * never inside a name (robert, botanist, lucie.cimon). Team words (infra, admin, tech) tag people too.
 */
const SERVICE_LIKE = /(^|[-_.+])(bots?|ci|deploy|deployer|service|svc|robot|automation)([-_.+]|$)/i;

/** One of the policy's service accounts or, when it lists none, an address that looks shared. */
export function isServiceAccount(policy: Policy, email: string): boolean {
  const e = email.trim().toLowerCase();
  if (policy.serviceAccounts.length > 0) return policy.serviceAccounts.includes(e);
  return SERVICE_LIKE.test(e.slice(0, e.lastIndexOf('@')));
}

/** One name per person (lib/review/person-name.ts): the username, else the e-mail; the e-mail stays in `person`. */
export const personOf = (a: Pick<Assignment, 'username' | 'email'>) => a.username || a.email;

const usernames = new WeakMap<readonly Assignment[], Map<string, string>>();

/** E-mail (lower case) → username over a list of assignments, indexed once per list. */
export function namesOf(assignments: readonly Assignment[]): Map<string, string> {
  // Indexed once per list of assignments: a search per managed event was quadratic on large accounts.
  let index = usernames.get(assignments);
  if (!index) usernames.set(assignments, (index = usernamesByEmail(assignments)));
  return index;
}

/** Names `part`'s people as `whole` names them: the incremental engine runs rules on a part of a snapshot. */
export const shareNames = (part: readonly Assignment[], whole: readonly Assignment[]) =>
  void usernames.set(part, namesOf(whole));

/** The name of whoever holds `email` in the snapshot (the e-mail when no username is known). */
export function nameByEmail(snapshot: Pick<AccessSnapshot, 'assignments'>, email: string): string {
  return namesOf(snapshot.assignments).get(email.toLowerCase()) ?? email;
}

/** One name per person across findings: this row's username, else one the same e-mail has on another app. */
export const personName = (snapshot: Pick<AccessSnapshot, 'assignments'>, a: Pick<Assignment, 'username' | 'email'>) =>
  a.username || nameByEmail(snapshot, a.email);

/** Every reason an app counts as sensitive, for evidence; empty when it does not. Shared: copy it, never change it. */
export function sensitivity(ctx: RuleContext, app: SnapshotApp): readonly Phrase[] {
  const known = ctx.reasons.get(app);
  if (known) return known;
  const reasons: Phrase[] = [];
  if (app.secnum) reasons.push({ key: 'evidence.sensitive.secnum' });
  if (app.hds) reasons.push({ key: 'evidence.sensitive.hds' });
  if (ctx.isProduction(app)) reasons.push({ key: 'evidence.sensitive.production' });
  if (ctx.isMarked(app)) reasons.push({ key: 'evidence.sensitive.marked' });
  ctx.reasons.set(app, reasons);
  return reasons;
}

/**
 * The evidence followed by the app's reasons, in an array of the exact size: a push of the
 * reasons grew a two-slot array to about twenty, kept with every finding on a sensitive app.
 */
export const withReasons = (evidence: Phrase[], sensitive: readonly Phrase[]): Phrase[] =>
  sensitive.length === 0 ? evidence : evidence.concat(sensitive);

export interface PersonFindingInput {
  priority: Priority;
  title: Phrase;
  evidence: Phrase[];
  confidence: Finding['confidence'];
  action: Finding['action'];
}

/** A finding about one person's access to one app (written out: a spread per finding showed in the profile). */
export function personFinding(rule: string, app: SnapshotApp, a: Assignment, f: PersonFindingInput): Finding {
  const page = appPage(app);
  return {
    id: findingId(rule, app.id, a.collaboratorId ?? a.email),
    rule,
    priority: f.priority,
    title: f.title,
    evidence: f.evidence,
    confidence: f.confidence,
    action: f.action,
    app: page.ref,
    person: { email: a.email, userId: a.userId, collaboratorId: a.collaboratorId },
    link: page.url,
  };
}
