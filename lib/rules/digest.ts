import { z } from 'zod';
import { Acceptance, type ReviewedFinding } from './acceptances';
import { Finding } from './finding';
import type { Review } from './review';

// What the popup paints at once: the review's summary and its most urgent open findings,
// stored by the background whenever the review changes, so opening the popup runs no rule.

const TOP = 30;

export const ReviewDigest = z.object({
  at: z.string(),
  summary: z.object({
    open: z.object({ P1: z.number(), P2: z.number(), P3: z.number(), P4: z.number() }),
    accepted: z.number(),
    byRule: z.record(z.string(), z.number()),
    score: z.number(),
    urgent: z.number(),
  }),
  top: z.array(
    Finding.extend({
      state: z.enum(['open', 'accepted']),
      acceptance: Acceptance.nullable(),
      expiredAcceptance: Acceptance.nullable(),
    }),
  ),
});
export type ReviewDigest = { at: string; summary: Review['summary']; top: ReviewedFinding[] };

export function digestOf(review: Review, now: Date): ReviewDigest {
  return { at: now.toISOString(), summary: review.summary, top: review.findings.filter((f) => f.state === 'open').slice(0, TOP) };
}

export function parseDigest(value: unknown): ReviewDigest | null {
  const r = ReviewDigest.safeParse(value);
  return r.success ? (r.data as ReviewDigest) : null;
}
