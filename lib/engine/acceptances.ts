import { z } from 'zod';
import type { Finding } from './finding';

// Accepted risks: a finding the team decided to live with, with why, who and until when.
// It stays visible as accepted, and is open again once the acceptance expires.

export const Acceptance = z.object({
  findingId: z.string(),
  justification: z.string().trim().min(3).max(500),
  by: z.string().trim().min(1).max(200),
  acceptedAt: z.string(),
  expiresAt: z.string(),
  /** `kept`: a "keep as is" decision, reviewed until the next review period; else an accepted risk. */
  kind: z.enum(['accepted', 'kept']).optional(),
});
export type Acceptance = z.infer<typeof Acceptance>;

export type ReviewedFinding = Finding & {
  state: 'open' | 'accepted';
  acceptance: Acceptance | null;
  /** Set when an acceptance existed and ran out: the finding is open again. */
  expiredAcceptance: Acceptance | null;
};

/**
 * Each finding with its state. `provisional`: which findings to mark provisional while a scan
 * reads (lib/engine/provisional.ts), marked in the same copy rather than in a copy of their own.
 */
export function applyAcceptances(
  findings: Finding[],
  acceptances: Acceptance[],
  now: Date,
  provisional: ((f: Finding) => boolean) | null = null,
): ReviewedFinding[] {
  const byId = new Map(acceptances.map((a) => [a.findingId, a]));
  const at = now.getTime();
  const out = new Array<ReviewedFinding>(findings.length);
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    // No accepted risk, no look-up: hashing 160k ids showed at 100k assignments.
    const acc = byId.size === 0 ? null : (byId.get(f.id) ?? null);
    const live = acc !== null && Date.parse(acc.expiresAt) > at;
    const marked = provisional !== null && provisional(f) ? true : f.provisional;
    out[i] = reviewed(f, marked, live ? 'accepted' : 'open', live ? acc : null, acc && !live ? acc : null);
  }
  return out;
}

/**
 * The finding with its state, written out field by field: spreading 10k findings of a dozen
 * shapes was the largest part of a review's time, and left objects every later step read
 * slowly. A field added to `Finding` is added here too (the type checks the required ones).
 */
function reviewed(
  f: Finding,
  provisional: boolean | undefined,
  state: ReviewedFinding['state'],
  acceptance: Acceptance | null,
  expiredAcceptance: Acceptance | null,
): ReviewedFinding {
  const { id, rule, priority, title, evidence, confidence, action, app, person, link } = f;
  if (provisional === undefined)
    return {
      id,
      rule,
      priority,
      title,
      evidence,
      confidence,
      action,
      app,
      person,
      link,
      state,
      acceptance,
      expiredAcceptance,
    };
  return {
    id,
    rule,
    priority,
    title,
    evidence,
    confidence,
    action,
    app,
    person,
    link,
    provisional,
    state,
    acceptance,
    expiredAcceptance,
  };
}
