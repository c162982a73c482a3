import type { ReviewedFinding } from './acceptances';
import { URGENCY, type Priority } from './priority';

// Counts for the popup and the toolbar badge, and a score out of 100: how much of the access
// granted is as it should be. Each grant (a person on an app, owners included) counts by its
// worst open finding: none 1, P4 0.9, P3 0.6, P2 0.25, P1 0. Findings about the account or a
// person across apps weigh like one grant each. Your own account without 2FA caps it at 50.

/** Exported for the popup's words on how the score is computed (components/popup/ScoreHow.tsx). */
export const CREDIT: Record<Priority, number> = { P1: 0, P2: 0.25, P3: 0.6, P4: 0.9 };
export const OWN_2FA_CAP = 50;

export interface ReviewSummary {
  open: Record<Priority, number>;
  /** Accepted risks (not the keeps: those are `kept`). */
  accepted: number;
  /** Findings kept as is with a reason, reviewed until the review period ends. */
  kept?: number;
  /** Accepted risks and keeps that end within 14 days (lib/engine/expiring.ts): to decide again. */
  expiring?: number;
  byRule: Record<string, number>;
  score: number;
  /** What the toolbar badge shows: open findings at the two highest priorities. */
  urgent: number;
}

export function summarise(findings: ReviewedFinding[], grants: number): ReviewSummary {
  const open: Record<Priority, number> = { P1: 0, P2: 0, P3: 0, P4: 0 };
  const byRule: Record<string, number> = {};
  // Grants by app, then person: a nested map, not a key string built per finding.
  const worst = new Map<string, Map<string, Priority>>();
  let accepted = 0;
  let kept = 0;
  let extra = 0;
  // Indexed: a review runs once, mostly before the optimiser, where for…of allocates per step.
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (f.state === 'accepted') {
      if (f.acceptance?.kind === 'kept') kept++;
      else accepted++;
      continue;
    }
    open[f.priority]++;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    if (!f.app || !f.person) extra++;
    const grant = f.app && f.person;
    const outer = grant ? f.app!.id : '';
    const inner = grant ? f.person!.email.toLowerCase() : f.id;
    let people = worst.get(outer);
    if (!people) worst.set(outer, (people = new Map<string, Priority>()));
    const before = people.get(inner);
    if (!before || URGENCY[f.priority] < URGENCY[before]) people.set(inner, f.priority);
  }
  const total = Math.max(1, grants + extra);
  let lost = 0;
  for (const people of worst.values()) for (const p of people.values()) lost += 1 - CREDIT[p];
  let score = Math.round(100 * Math.max(0, 1 - lost / total));
  if (findings.some((f) => f.rule === 'own-2fa' && f.state === 'open')) score = Math.min(score, OWN_2FA_CAP);
  return { open, accepted, kept, byRule, score, urgent: open.P1 + open.P2 };
}
