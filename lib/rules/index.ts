import type { Policy } from '../policy';
import type { AccessSnapshot } from '../scan/snapshot';
import { deletedAccount, META as deletedAccountMeta } from './deleted-account';
import { escalation, META as escalationMeta } from './escalation';
import { externalDomain, META as externalDomainMeta } from './external-domain';
import type { Finding } from '../engine/finding';
import { URGENCY } from '../engine/priority';
import { fullOnManyApps, META as fullOnManyAppsMeta } from './full-on-many-apps';
import { missing2fa, META as missing2faMeta } from './missing-2fa';
import { noActivity, META as noActivityMeta } from './no-activity';
import { own2fa, META as own2faMeta } from './own-2fa';
import { ownAccessAsInformation } from '../engine/own-access';
import { personalOwner, META as personalOwnerMeta } from './personal-owner';
import { staleInvitation, META as staleInvitationMeta } from './stale-invitation';
import { tooManyFull, META as tooManyFullMeta } from './too-many-full';
import type { RuleMeta } from '../engine/rule-meta';
import { unusedFullAccess, META as unusedFullAccessMeta } from './unused-full-access';
import { reviewAppDrift, META as reviewAppDriftMeta } from './review-app-drift';
import { reviewAppStale, META as reviewAppStaleMeta } from './review-app-stale';
import { scmAutoDeploy, META as scmAutoDeployMeta } from './scm-auto-deploy';
import { scmForkReviewApps, META as scmForkReviewAppsMeta } from './scm-fork-review-apps';
import { scmLinkerGone, META as scmLinkerGoneMeta } from './scm-linker-gone';
import { apiTokenUnused, META as apiTokenUnusedMeta } from './api-token-unused';
import { apiTokenOld, META as apiTokenOldMeta } from './api-token-old';
import { serviceAccountSpread, META as serviceAccountSpreadMeta } from './service-account-spread';

// Every rule, in order, with its metadata. A rule is a pure function of the snapshot, the
// policy and the time; its file is named after its id and exports `RULE` and `META` beside it.
// To add one: `npm run new:rule -- <id>`; test/meta/rules.test.ts checks it has all its pieces.

export type Rule = (snapshot: AccessSnapshot, policy: Policy, now: Date) => Finding[];

export const CATALOGUE: ReadonlyArray<{ meta: RuleMeta; run: Rule }> = [
  { meta: own2faMeta, run: own2fa },
  { meta: missing2faMeta, run: missing2fa },
  { meta: unusedFullAccessMeta, run: unusedFullAccess },
  { meta: noActivityMeta, run: noActivity },
  { meta: staleInvitationMeta, run: staleInvitation },
  { meta: deletedAccountMeta, run: deletedAccount },
  { meta: externalDomainMeta, run: externalDomain },
  { meta: tooManyFullMeta, run: tooManyFull },
  { meta: fullOnManyAppsMeta, run: fullOnManyApps },
  { meta: escalationMeta, run: escalation },
  { meta: personalOwnerMeta, run: personalOwner },
  { meta: reviewAppDriftMeta, run: reviewAppDrift },
  { meta: reviewAppStaleMeta, run: reviewAppStale },
  { meta: scmAutoDeployMeta, run: scmAutoDeploy },
  { meta: scmForkReviewAppsMeta, run: scmForkReviewApps },
  { meta: scmLinkerGoneMeta, run: scmLinkerGone },
  { meta: apiTokenUnusedMeta, run: apiTokenUnused },
  { meta: apiTokenOldMeta, run: apiTokenOld },
  { meta: serviceAccountSpreadMeta, run: serviceAccountSpread },
];

/** Every rule's function, by id. */
export const RULES: Record<string, Rule> = Object.fromEntries(CATALOGUE.map((r) => [r.meta.id, r.run]));

const byId = (a: Finding, b: Finding) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Most urgent first, then by id in code-unit order: one list per priority, each sorted by id
 * (stable, so the same order as a sort on both keys, without a keyed copy of every finding).
 */
export function byUrgencyThenId<F extends Finding>(findings: F[]): F[] {
  const lists: F[][] = [[], [], [], []];
  for (let i = 0; i < findings.length; i++) lists[URGENCY[findings[i]!.priority]]!.push(findings[i]!);
  const out: F[] = [];
  for (const list of lists) {
    list.sort(byId);
    for (let i = 0; i < list.length; i++) out.push(list[i]!);
  }
  return out;
}

/** Every rule's findings, most urgent first, then by app and person (a stable order). */
export function runRules(snapshot: AccessSnapshot, policy: Policy, now: Date): Finding[] {
  // One array filled in place: flatMap's intermediate arrays weighed on the heap at 100k. Indexed
  // loops here and in the rules: a review runs once, mostly before the optimiser, where for…of
  // allocates a result object per step.
  const found: Finding[] = [];
  for (const { run } of CATALOGUE) {
    const some = run(snapshot, policy, now);
    for (let i = 0; i < some.length; i++) found.push(some[i]!);
  }
  const all = ownAccessAsInformation(found, snapshot);
  // Code-unit order, not localeCompare: the same everywhere, and fast on 100k findings.
  return byUrgencyThenId(all);
}
