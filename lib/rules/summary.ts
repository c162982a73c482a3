import type { ReviewedFinding } from './acceptances';
import type { Priority } from './finding';

// Counts for the popup and the toolbar badge, and a score: 100 when nothing is open, minus
// a weight per open finding by priority (P1 25, P2 10, P3 3, P4 1), never below 0.

const WEIGHT: Record<Priority, number> = { P1: 25, P2: 10, P3: 3, P4: 1 };

export interface ReviewSummary {
  open: Record<Priority, number>;
  accepted: number;
  byRule: Record<string, number>;
  score: number;
  /** What the toolbar badge shows: open findings at the two highest priorities. */
  urgent: number;
}

export function summarise(findings: ReviewedFinding[]): ReviewSummary {
  const open: Record<Priority, number> = { P1: 0, P2: 0, P3: 0, P4: 0 };
  const byRule: Record<string, number> = {};
  let accepted = 0;
  let penalty = 0;
  for (const f of findings) {
    if (f.state === 'accepted') {
      accepted++;
      continue;
    }
    open[f.priority]++;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    penalty += WEIGHT[f.priority];
  }
  return { open, accepted, byRule, score: Math.max(0, 100 - penalty), urgent: open.P1 + open.P2 };
}
