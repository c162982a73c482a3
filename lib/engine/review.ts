import type { Policy } from '../policy';
import type { AccessSnapshot } from '../scan/snapshot';
import { applyAcceptances, type Acceptance, type ReviewedFinding } from './acceptances';
import { runRules } from '../rules/index';
import { expiringSoon } from './expiring';
import { runRulesSince, type RulesRun } from './incremental';
import { provisionalTest } from './provisional';
import { summarise, type ReviewSummary } from './summary';

// The review of one snapshot under the team's policy and accepted risks: what the popup, the
// review page, the toolbar badge and the command line all show.

export interface Review {
  findings: ReviewedFinding[];
  summary: ReviewSummary;
}

export function review(snapshot: AccessSnapshot, policy: Policy, acceptances: Acceptance[], now: Date): Review {
  const findings = applyAcceptances(runRules(snapshot, policy, now), acceptances, now, provisionalTest(snapshot));
  const summary = summarise(findings, snapshot.assignments.length);
  return { findings, summary: { ...summary, expiring: expiringSoon(findings, now).length } };
}

/**
 * The review of a scan's publication, re-using what the review of the one before found for the
 * apps it left as they were. `rulesAt`: when the rules run, if not `now` (one time for a scan's
 * publications, so that they share their findings); accepted risks end at `now`.
 */
export function reviewSince(
  previous: RulesRun | null,
  snapshot: AccessSnapshot,
  policy: Policy,
  acceptances: Acceptance[],
  now: Date,
  rulesAt: Date = now,
): Review & { rules: RulesRun } {
  const rules = runRulesSince(previous, snapshot, policy, rulesAt);
  const findings = applyAcceptances(rules.findings, acceptances, now, provisionalTest(snapshot));
  const summary = summarise(findings, snapshot.assignments.length);
  return { findings, summary: { ...summary, expiring: expiringSoon(findings, now).length }, rules };
}
