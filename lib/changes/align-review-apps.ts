import type { ReviewedFinding } from '../engine/acceptances';
import type { Decision } from '../review/decisions';

// "Align the review apps with their parent": one decision per open finding of the review-app
// rules (a removal or a downgrade on the review app), which then goes through the usual plan
// (lib/changes/plan.ts: never the owner, never yourself, allowlisted calls) and confirmation.
// Only collaborators are removed or downgraded: deleting a review app is left to the dashboard.

export const ALIGN_RULES: readonly string[] = ['review-app-drift', 'review-app-stale'];

export type AlignDecision = Pick<Decision, 'findingId' | 'kind' | 'justification' | 'until'>;

/** The decisions to record; findings already decided (any way) or accepted are left as they are. */
export function alignReviewApps(findings: ReviewedFinding[], decided: Pick<Decision, 'findingId'>[]): AlignDecision[] {
  const taken = new Set(decided.map((d) => d.findingId));
  return findings
    .filter((f) => ALIGN_RULES.includes(f.rule) && f.state === 'open' && !taken.has(f.id))
    .filter((f) => f.action === 'revoke' || f.action === 'downgrade')
    .map((f) => ({ findingId: f.id, kind: f.action as 'revoke' | 'downgrade', justification: '', until: null }));
}
