import type { ReviewedFinding } from '../engine/acceptances';
import type { Decision } from './decisions';

// Completing a review with findings nobody decided: as Entra's access reviews allow, they are
// left open (the default), or kept as is by fallback. A fallback keep is recorded as such, with
// no reason (never shown as a reviewed keep), and does not hide the finding afterwards: nobody
// looked at it, so the next review asks again.

export type Fallback = 'open' | 'keep';

/** The open findings without a decision: what completing now leaves undecided. */
export function undecided(findings: ReviewedFinding[], decisions: Pick<Decision, 'findingId'>[]): ReviewedFinding[] {
  const decided = new Set(decisions.map((d) => d.findingId));
  return findings.filter((f) => f.state === 'open' && !decided.has(f.id));
}

export function fallbackDecisions(findings: ReviewedFinding[], decisions: Decision[], at: Date): Decision[] {
  return undecided(findings, decisions).map((f) => ({
    findingId: f.id,
    kind: 'keep',
    justification: '',
    until: null,
    decidedAt: at.toISOString(),
    fallback: true,
    subject: { rule: f.rule, priority: f.priority, app: f.app?.name ?? null, person: f.person?.email ?? null },
  }));
}
